using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// Two states reported attacking each other (codes in ordinal order), since the first such report.
/// A conflict one side entered by joining an older war ("PRK–UKR" after North Korea joined Russia's war on
/// Ukraine) names the state that joined and the party it fights beside; its ladder is the older war's.
/// </summary>
public sealed record Conflict(string First, string Second, PartialDate Start)
{
    /// <summary>Distinct outlets (else documents) reporting attacks between the two.</summary>
    public int Sources { get; init; }

    /// <summary>Ids of the ASSAULT events between the two, by date.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The side that joined an older war, or null for a war of its own.</summary>
    public string? Joined { get; init; }

    /// <summary>The party of the older war that <see cref="Joined"/> fights beside.</summary>
    public string? Beside { get; init; }

    public bool Involves(string code) => First == code || Second == code;

    public string OtherThan(string code) => First == code ? Second : First;

    public override string ToString() => $"{First}–{Second}";
}
