using System.Collections.Frozen;
using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// Words for fighting as such ("fight", "fighting", "battle", "clash"): they say that combat happens, not who is
/// attacked, so a state named after "in" is where the fighting is ("units fighting in Russia"), not its target.
/// Strikes and attacks are different: "strikes in Lebanon" hit Lebanon.
/// </summary>
internal static class CombatWords
{
    private static readonly FrozenSet<string> Forms = new[]
    {
        "fight", "fights", "fighting", "fought", "battle", "battles", "battled", "battling",
        "clash", "clashes", "clashed", "clashing", "combat",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFighting(SentenceFrame f, Trigger t) =>
        t.Pattern.Type == EventType.Assault && Lookup.Contains(f.Tokens[t.Index].In(f.Text));
}
