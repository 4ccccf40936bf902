namespace Sitrep.Text;

/// <summary>
/// The checks that turn a figure away: years, dates, times, labels, model names, list numbers, phone
/// numbers, ages and measures. Each returns the last token to skip so the scanner never looks at the
/// rest of "2024-11-05" or "2023-24" again.
/// </summary>
internal static class QuantityExclusions
{
    /// <summary>Is the figure of <paramref name="amount"/> something other than a count or sum?</summary>
    public static bool IsExcluded(string text, ReadOnlySpan<Token> tokens, in Amount amount, out int skipTo)
    {
        skipTo = amount.Last;
        if (amount.IsWeight) return true;
        var f = amount.Figure;
        if (f.DigitToken < 0) return false;
        var i = f.DigitToken;
        var n = f.Digits;
        if (n.HasColon || n.HasSlash)
        {
            skipTo = NotCounts.SkipJoined(text, tokens, i);
            return true;
        }
        if (n.Suffix is not (NumberSuffix.None or NumberSuffix.Scale or NumberSuffix.Percent)) return true;
        if (NotCounts.IsCodeRun(text, tokens, i, out var runEnd))
        {
            skipTo = Math.Max(skipTo, runEnd);
            return true;
        }
        // "007", "0800": codes; seven digits or more with no separator: phone numbers and ids.
        if (n.LeadingZero && !n.HasDecimal) return true;
        if (n.Digits >= 7 && !n.HasGrouping) return true;
        if ((amount.Unit is null && YearRule.IsYear(text, tokens, i, n)) || NotCounts.IsDayOfMonth(text, tokens, i, n))
        {
            skipTo = Math.Max(skipTo, NotCounts.SkipJoined(text, tokens, i));
            return true;
        }
        return NotCounts.IsLabel(text, tokens, i, n.HasGrouping)
            || NotCounts.IsHyphenedToWord(text, tokens, i)
            || NotCounts.IsListNumber(text, tokens, i)
            || NotCounts.IsTimeAfter(text, tokens, f.Last);
    }

    /// <summary>What follows or precedes the whole expression: "34 years old", "aged 34", "30 km", "two days ago".</summary>
    public static bool IsNotCountInContext(string text, ReadOnlySpan<Token> tokens, int first, int last) =>
        Measures.IsMeasureAfter(text, tokens, last)
        || Measures.IsAgeAfter(text, tokens, last)
        || Measures.IsAgeBefore(text, tokens, first)
        || Measures.IsAgoAfter(text, tokens, last)
        || NotCounts.IsTimeAfter(text, tokens, last);
}
