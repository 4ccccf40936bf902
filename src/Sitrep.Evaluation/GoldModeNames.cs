using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads a gold record's mode in the vocabulary of the current PLOVER manual (its mode tables are the authority).
/// Gold records coded under older drafts split or named some modes differently; each such name maps to the one
/// manual mode that covers it. Names the manual still has, and names with no manual counterpart (CONSULT "host",
/// which the manual expresses as "visit" with the roles reversed), are kept as they are.
/// </summary>
public static class GoldModeNames
{
    public static string? ToManual(EventType type, string? mode)
    {
        if (mode is null) return null;
        var m = mode.Trim().ToLowerInvariant();
        return (type, m) switch
        {
            // ASSAULT "targeted": targeted killings, including assassinations and executions.
            (EventType.Assault, "assassinate") => "targeted",
            // PROTEST "demo" is any organised demonstration, whoever organised it; "riot" any violent one.
            (EventType.Protest, "demo-org" or "demo-spon") => "demo",
            (EventType.Protest, "riot-spon" or "riot-org") => "riot",
            // PROTEST "strike" covers general and sector strikes; a hunger strike is its own mode.
            (EventType.Protest, "strike-gen" or "strike-sec") => "strike",
            (EventType.Protest, "strike-hun") => "hunger",
            // COERCE "arrest": arrest, detain.
            (EventType.Coerce, "detain") => "arrest",
            // COERCE "restrict" includes banning individuals or organisations from political life.
            (EventType.Coerce, "ban") => "restrict",
            // THREATEN "restrict" includes threatened curfews, boycotts, strikes and blockades.
            (EventType.Threaten, "curfew" or "boycott" or "blockade") => "restrict",
            _ => mode.Trim(),
        };
    }
}
