using System.Collections.Frozen;

namespace Sitrep.Reconcile;

/// <summary>
/// What reconciled figures measure. A claim's subject (set by the coder) is read as one of these, sometimes
/// re-read from its clause: "1,500 troops" in "a first group of 1,500 troops" is the <see cref="FirstWave"/>;
/// "1.2 million active-duty personnel" is a <see cref="ForceSize"/>; "12 civilians were killed" is <see cref="Killed"/>.
/// </summary>
public static class Measures
{
    /// <summary>Troops deployed or present somewhere.</summary>
    public const string Troops = "troops";
    /// <summary>The first contingent of a deployment ("the first 1,500 special forces soldiers").</summary>
    public const string FirstWave = "first-wave";
    /// <summary>A country's or group's whole force ("armed forces number roughly 1.2 million").</summary>
    public const string ForceSize = "force-size";
    public const string Killed = "killed";
    public const string Wounded = "wounded";
    /// <summary>Killed and wounded together, as reports of "casualties" and "losses" count them.</summary>
    public const string Casualties = "casualties";
    public const string Captured = "captured";
    public const string Missing = "missing";
    public const string Displaced = "displaced";
    /// <summary>People living somewhere ("a city of 300,000 people").</summary>
    public const string Population = "population";
    public const string Arrested = "arrested";
    public const string Money = "money";
    public const string Shells = "shells";
    public const string Missiles = "missiles";
    public const string Drones = "drones";
    public const string Containers = "containers";
    public const string Tanks = "tanks";
    public const string Aircraft = "aircraft";
    public const string Sanctions = "sanctions";

    private static readonly FrozenDictionary<string, string> Families = new Dictionary<string, string>
    {
        [Troops] = "personnel", [FirstWave] = "personnel", [ForceSize] = "personnel",
        [Killed] = "losses", [Wounded] = "losses", [Casualties] = "losses", [Captured] = "losses", [Missing] = "losses",
        [Displaced] = "people", [Population] = "people", [Arrested] = "people",
        [Money] = "money",
        [Shells] = "munitions", [Missiles] = "munitions", [Drones] = "munitions", [Containers] = "munitions",
        [Tanks] = "equipment", [Aircraft] = "equipment",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Counts that only grow as a war goes on: a later, higher figure updates an earlier one rather than
    /// contradicting it.
    /// </summary>
    private static readonly FrozenSet<string> CumulativeMeasures =
        new[] { Killed, Wounded, Casualties, Captured, Missing, Displaced, Arrested }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>personnel, losses, people, money, munitions, equipment; "other" for anything else.</summary>
    public static string FamilyOf(string measure) => Families.GetValueOrDefault(measure, "other");

    /// <summary>
    /// True when the figures of a group may rise over time as a series: cumulative counts always, and troops once a
    /// place is known, since a deployment builds up where it is sent ("8,000 in Kursk", later "11,000 in Kursk").
    /// </summary>
    public static bool CanRise(string measure, bool placed) =>
        CumulativeMeasures.Contains(measure) || (placed && measure == Troops);
}
