namespace Sitrep.Text;

/// <summary>
/// Decides whether a bare four-digit number is a year. Shared by both scanners so that what one treats
/// as a year the other never counts: "in 2024", "the 1961 treaty" are years; "1950 troops" is a count.
/// </summary>
internal static class YearRule
{
    // After these a 1800–2100 number is a year even if a plural follows ("the 2024 elections").
    private static readonly WordSet Context = new(
        "in", "since", "by", "until", "till", "from", "of", "the", "during", "before", "after", "early", "late", "mid",
        "year", "through", "throughout", "between", "circa", "spring", "summer", "autumn", "fall", "winter", "fiscal",
        "its", "their", "his", "her", "our", "this", "that", "as", "for");

    // Plurals that do not end in "s" but are counted all the same.
    private static readonly WordSet IrregularPlurals = new(
        "people", "men", "women", "children", "personnel", "police", "staff", "infantry", "militia", "aircraft",
        "cattle", "livestock", "youths", "troops");

    // Words ending in "s" that are not counted plurals.
    private static readonly WordSet NotPlural = new(
        "was", "has", "is", "this", "its", "his", "as", "us", "does", "yes", "thus", "plus", "across", "always",
        "less", "unless", "whereas", "perhaps", "besides", "towards", "afterwards", "news", "status", "crisis",
        "chaos", "focus", "census", "versus", "ours", "theirs", "hers", "politics", "onwards", "backwards",
        "forwards", "upwards", "downwards", "sometimes", "nevertheless", "nonetheless");

    public static bool IsYear(string text, ReadOnlySpan<Token> tokens, int i, in DigitNumber n)
    {
        if (!n.IsYearShaped) return false;
        if (Scales.At(text, tokens, i + 1, out _)) return false;
        if (Context.At(text, tokens, i - 1) || Months.EndsAt(text, tokens, i - 1, out _)) return true;
        return !IsCountedPluralAt(text, tokens, i + 1);
    }

    /// <summary>"troops", "civilians", "people": a lower-case plural noun that can be counted.</summary>
    public static bool IsCountedPluralAt(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i >= tokens.Length || !tokens[i].IsWord) return false;
        var w = tokens[i].In(text);
        if (char.IsUpper(w[0])) return false;
        if (IrregularPlurals.Contains(w)) return true;
        return w.Length >= 3 && w[^1] is 's' && w[^2] is not ('s' or '\'') && !NotPlural.Contains(w);
    }
}
