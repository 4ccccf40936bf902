using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// A year on its own: "in 1968", "since 2014", "by 2030", "the year 1950", "early 2023", "mid-2023",
/// "summer 2022". Without such a word in front a four-digit number is left alone ("the 1961 treaty"
/// is about a treaty, not a time). Decades ("the 1950s") are not read: a year would claim a precision
/// the text does not have, and <see cref="PartialDate"/> has no decade precision.
/// </summary>
internal static class YearMentions
{
    private static readonly WordSet Prepositions = new(
        "in", "since", "by", "until", "till", "of", "from", "during", "through", "throughout", "before", "after",
        "circa", "year", "between");

    private static readonly WordSet Modifiers = new("early", "mid", "late");
    private static readonly WordSet Seasons = new("spring", "summer", "autumn", "fall", "winter");

    /// <summary>Every word a year mention starts with besides the year itself: keep in step with <see cref="TryRead"/>.</summary>
    public static IEnumerable<string> StartWords => [.. MonthDates.PartOf.Words, .. Modifiers.Words, .. Seasons.Words];

    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, out DateMatch match)
    {
        match = default;
        var k = i;
        var around = false;
        if (MonthDates.PartOf.At(text, tokens, k) && TokenWords.WordAt(text, tokens, k + 1, "of"))
        {
            // "the end of 2024", "the start of 2022".
            around = true;
            k += 2;
        }
        else if (Modifiers.At(text, tokens, k))
        {
            around = true;
            k++;
            // "mid-2023" is "mid", "-", "2023".
            if (TokenWords.DashAt(text, tokens, k) && tokens[k - 1].Touches(tokens[k])) k++;
        }
        else if (Seasons.At(text, tokens, k))
        {
            around = true;
            k++;
            if (TokenWords.WordAt(text, tokens, k, "of")) k++;
        }
        if (!DateNumbers.TryBareYear(text, tokens, k, out var year, out var number)) return false;
        if (k == i && !Prepositions.At(text, tokens, i - 1) && !EndsYearRange(text, tokens, i)) return false;
        // "2023-24" is a season or budget year, not one year.
        if (TokenWords.DashAt(text, tokens, k + 1) && tokens[k].Touches(tokens[k + 1])) return false;
        // Agree with the quantity scanner: what it counts ("some 1950 troops") is no year here.
        if (!YearRule.IsYear(text, tokens, k, number)) return false;
        match = new DateMatch(i, k, new PartialDate(year), false, around);
        return true;
    }

    /// <summary>The second year of "from 1998 to 2004", "between 2020 and 2022".</summary>
    private static bool EndsYearRange(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 3 && (TokenWords.WordAt(text, tokens, i - 1, "to") || TokenWords.WordAt(text, tokens, i - 1, "and")
                   || TokenWords.WordAt(text, tokens, i - 1, "until"))
        && DateNumbers.TryBareYear(text, tokens, i - 2, out _, out _)
        && (TokenWords.WordAt(text, tokens, i - 3, "from") || TokenWords.WordAt(text, tokens, i - 3, "between"));
}
