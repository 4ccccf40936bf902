namespace Sitrep.Text;

/// <summary>
/// Month names and abbreviations ("November", "Nov", "Nov.", "Sept."). News capitalises months, so a
/// lower-case "may" or "march" is never one; "May", "March" and the abbreviations still need a day,
/// a year or a preposition before them to count, which the date scanner checks.
/// </summary>
internal static class Months
{
    private static readonly WordTable<(int Month, bool Abbreviation)> Names = new(new Dictionary<string, (int, bool)>
    {
        ["january"] = (1, false), ["february"] = (2, false), ["march"] = (3, false), ["april"] = (4, false),
        ["may"] = (5, false), ["june"] = (6, false), ["july"] = (7, false), ["august"] = (8, false),
        ["september"] = (9, false), ["october"] = (10, false), ["november"] = (11, false), ["december"] = (12, false),
        ["jan"] = (1, true), ["feb"] = (2, true), ["mar"] = (3, true), ["apr"] = (4, true), ["jun"] = (6, true),
        ["jul"] = (7, true), ["aug"] = (8, true), ["sep"] = (9, true), ["sept"] = (9, true), ["oct"] = (10, true),
        ["nov"] = (11, true), ["dec"] = (12, true),
    });

    /// <summary>Every month name and abbreviation, lower case.</summary>
    public static IEnumerable<string> Words => Names.Words;

    /// <summary>
    /// A month word at token <paramref name="i"/>, with the period of an abbreviation ("Nov.") included in
    /// <paramref name="last"/>. <paramref name="needsContext"/> is true for May, March and abbreviations, which are
    /// months only next to a day, a year or a preposition.
    /// </summary>
    public static bool TryAt(string text, ReadOnlySpan<Token> tokens, int i, out int month, out int last, out bool needsContext)
    {
        month = 0;
        last = i;
        needsContext = false;
        if (i < 0 || i >= tokens.Length) return false;
        var t = tokens[i];
        if (!t.IsWord || !t.IsCapitalized(text) || !Names.TryGet(t.In(text), out var entry)) return false;
        month = entry.Month;
        needsContext = entry.Abbreviation || month is 3 or 5;
        if (entry.Abbreviation && i + 1 < tokens.Length && tokens[i + 1].IsChar(text, '.') && t.Touches(tokens[i + 1]))
            last = i + 1;
        return true;
    }

    /// <summary>True when the tokens ending at <paramref name="end"/> are a month ("November", "Nov.").</summary>
    public static bool EndsAt(string text, ReadOnlySpan<Token> tokens, int end, out int month)
    {
        month = 0;
        if (end < 0 || end >= tokens.Length) return false;
        if (TryAt(text, tokens, end, out month, out var last, out _) && last == end) return true;
        return tokens[end].IsChar(text, '.') && TryAt(text, tokens, end - 1, out month, out last, out _) && last == end;
    }

    /// <summary>"mid-November" is one word token; returns the month after the prefix.</summary>
    public static bool TryMidPrefixed(string text, Token t, out int month)
    {
        month = 0;
        if (!IsMidPrefixed(text, t)) return false;
        var rest = t.In(text)[4..];
        return char.IsUpper(rest[0]) && Names.TryGet(rest, out var entry) && (month = entry.Month) > 0;
    }

    /// <summary>A word token shaped like "mid-November": "mid", a dash, then at least three letters.</summary>
    public static bool IsMidPrefixed(string text, Token t)
    {
        if (!t.IsWord || t.Length < 7) return false;
        var w = t.In(text);
        return w.StartsWith("mid", StringComparison.OrdinalIgnoreCase) && Tokenizer.IsDash(w[3]);
    }
}
