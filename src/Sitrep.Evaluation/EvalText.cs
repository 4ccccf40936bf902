using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>One-line descriptions of gold records and coded events, the same for the terminal and for tests.</summary>
public static class EvalText
{
    /// <summary>"ACCUSE (investigate): IGO → IRN".</summary>
    public static string Gold(GoldRecord g) =>
        $"{WithMode(g.Event, g.Mode)}: {Codes(g.Source.Select(a => a.Sector is null ? a.Code : $"{a.Code}/{a.Sector}"))} → {Codes(g.Target.Select(a => a.Sector is null ? a.Code : $"{a.Code}/{a.Sector}"))}";

    /// <summary>"ASSAULT (aerial): ISR/MIL → LBN [hedged] trigger 'bombed' by 'bomb (verbs.txt:812)'".</summary>
    public static string Event(CodedEvent e)
    {
        var flags = (e.Negated, e.Hedged) switch
        {
            (true, true) => " [negated, hedged]",
            (true, false) => " [negated]",
            (false, true) => " [hedged]",
            _ => "",
        };
        return $"{WithMode(e.Type, e.Mode)}: {Codes(e.Actors.Select(a => a.Actor.ToString()))} → {Codes(e.Recipients.Select(a => a.Actor.ToString()))}{flags}" +
               $" trigger '{e.Trigger}' by '{e.Pattern}'";
    }

    private static string WithMode(EventType type, string? mode) => string.IsNullOrWhiteSpace(mode) ? type.Name() : $"{type.Name()} ({mode})";

    private static string Codes(IEnumerable<string> codes)
    {
        var s = string.Join(", ", codes.Distinct(StringComparer.Ordinal));
        return s.Length == 0 ? "–" : s;
    }
}
