using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>What a PETRARCH event code becomes in Sitrep.</summary>
public enum CodeOutcome
{
    /// <summary>An event: the code has a PLOVER reading (or unmapped codes are kept).</summary>
    Event,
    /// <summary>The null code "---": the pattern matches and codes nothing, as in PETRARCH.</summary>
    Null,
    /// <summary>A code PLOVER does not use (01, 02, made-up codes): the pattern matches and codes nothing.</summary>
    Unmapped,
    /// <summary>Not a code at all ("def"): the pattern is reported and skipped.</summary>
    Invalid,
}

/// <summary>Reads one side of a PETRARCH code ("064", "1721", "---", "174K") against the CAMEO → PLOVER table.</summary>
public static class PetrarchCodeReader
{
    public static CodeOutcome Read(string code, CameoPlover table, PetrarchImportOptions options, out PloverReading reading)
    {
        reading = null!;
        code = code.Trim();
        if (PetrarchCodes.IsNull(code)) return CodeOutcome.Null;
        var digits = 0;
        while (digits < code.Length && char.IsAsciiDigit(code[digits])) digits++;
        if (digits < 2) return CodeOutcome.Invalid;
        var cameo = digits == code.Length && digits <= 4;
        if (cameo && table.TryRead(code, out reading)) return CodeOutcome.Event;
        if (!options.KeepUnmappedCodes) return CodeOutcome.Unmapped;
        // Kept for validation: the reading of the code's digits when they have one, else a placeholder.
        if (!table.TryRead(code[..Math.Min(digits, 4)], out reading)) reading = new PloverReading(EventType.Agree, null, null);
        return CodeOutcome.Event;
    }
}
