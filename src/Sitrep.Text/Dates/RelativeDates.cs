using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Dates given relative to the day of publication: "today", "yesterday", "last week", "this month",
/// "earlier this year", "two days ago", "a year ago". All need the publication date.
/// </summary>
internal static class RelativeDates
{
    private enum Period { Week, Month, Year }

    private static readonly WordTable<Period> Periods = new(new Dictionary<string, Period>
    {
        ["week"] = Period.Week, ["month"] = Period.Month, ["year"] = Period.Year,
    });

    /// <summary>
    /// Every relative date holds one of these words (the day words, the period of "last week", the "ago" of
    /// "two days ago"); the scanner tries these rules only in sentences that have one. Keep it in step with
    /// the rules below.
    /// </summary>
    public static IEnumerable<string> Words =>
        ["today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "ago", .. Periods.Words];

    /// <summary>
    /// Every word a relative date starts with (hyphenated number words aside, see <see cref="NumberWords.IsCompound"/>):
    /// keep in step with <see cref="TryRead"/>, <see cref="TryPeriod"/> and <see cref="TryAgo"/>.
    /// </summary>
    public static IEnumerable<string> StartWords =>
        ["today", "tonight", "yesterday", "tomorrow", "this", "last", "next", "earlier", "later", .. NumberWords.StartWords];

    /// <param name="mayBeAgo">False when the sentence has no "ago": the costly "N units ago" rule is skipped.</param>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, DateOnly pub, bool mayBeAgo, out DateMatch match)
    {
        match = default;
        var t = tokens[i];
        if (t.IsWord(text, "today") || t.IsWord(text, "tonight")) return Day(i, i, pub, false, out match);
        if (t.IsWord(text, "yesterday")) return Day(i, i, pub.AddDays(-1), false, out match);
        if (t.IsWord(text, "tomorrow")) return Day(i, i, pub.AddDays(1), false, out match);
        if (t.IsWord(text, "this") && (TokenWords.WordAt(text, tokens, i + 1, "morning")
            || TokenWords.WordAt(text, tokens, i + 1, "afternoon") || TokenWords.WordAt(text, tokens, i + 1, "evening")))
            return Day(i, i + 1, pub, false, out match);
        if (t.IsWord(text, "last") && TokenWords.WordAt(text, tokens, i + 1, "night"))
            return Day(i, i + 1, pub.AddDays(-1), false, out match);
        if (TryPeriod(text, tokens, i, pub, out match)) return true;
        return mayBeAgo && TryAgo(text, tokens, i, pub, out match);
    }

    /// <summary>"last week", "this month", "next year", "earlier this month", "later this week".</summary>
    private static bool TryPeriod(string text, ReadOnlySpan<Token> tokens, int i, DateOnly pub, out DateMatch match)
    {
        match = default;
        var k = i;
        var earlierOrLater = tokens[i].IsWord(text, "earlier") || tokens[i].IsWord(text, "later");
        if (earlierOrLater)
        {
            if (!TokenWords.WordAt(text, tokens, i + 1, "this")) return false;
            k++;
        }
        var offset = tokens[k].IsWord(text, "last") ? -1 : tokens[k].IsWord(text, "this") ? 0 : tokens[k].IsWord(text, "next") ? 1 : (int?)null;
        if (offset is not { } by || (earlierOrLater && by != 0)) return false;
        var p = k + 1;
        if (p >= tokens.Length || !tokens[p].IsWord || !Periods.TryGet(tokens[p].In(text), out var period)) return false;
        switch (period)
        {
            case Period.Week:
                // A week names no single day: the day a week away, marked Around.
                return Day(i, p, pub.AddDays(7 * by), true, out match);
            case Period.Month:
                var month = pub.AddMonths(by);
                match = new DateMatch(i, p, new PartialDate(month.Year, month.Month), true, false);
                return true;
            default:
                match = new DateMatch(i, p, new PartialDate(pub.Year + by), true, false);
                return true;
        }
    }

    /// <summary>"two days ago", "3 weeks ago", "a year ago", "six months ago".</summary>
    private static bool TryAgo(string text, ReadOnlySpan<Token> tokens, int i, DateOnly pub, out DateMatch match)
    {
        match = default;
        int count, unit;
        if (tokens[i].IsWord(text, "a") || tokens[i].IsWord(text, "an")) (count, unit) = (1, i + 1);
        else if (tokens[i].IsNumber && DigitNumber.TryRead(tokens[i].In(text), out var n) && n.Suffix == NumberSuffix.None
                 && !n.HasDecimal && !n.HasGrouping && n.Value is >= 1 and <= 500)
            (count, unit) = ((int)n.Value, i + 1);
        else if (NumberWords.TryRead(text, tokens, i, false, out var w) && w.Value is >= 1 and <= 500 && w.Value % 1 == 0)
            (count, unit) = ((int)w.Value, w.Last + 1);
        else return false;

        if (!TokenWords.WordAt(text, tokens, unit + 1, "ago") || unit >= tokens.Length || !tokens[unit].IsWord) return false;
        var u = tokens[unit].In(text);
        var last = unit + 1;
        if (Is(u, "day", "days") || Is(u, "hour", "hours") || Is(u, "minute", "minutes"))
            return Day(i, last, Is(u, "day", "days") ? pub.AddDays(-count) : pub, false, out match);
        if (Is(u, "week", "weeks")) return Day(i, last, pub.AddDays(-7 * count), true, out match);
        if (Is(u, "month", "months") || Is(u, "year", "years"))
        {
            var back = Is(u, "month", "months") ? pub.AddMonths(-count) : pub.AddYears(-Math.Min(count, pub.Year - 1));
            match = new DateMatch(i, last, new PartialDate(back.Year, back.Month), true, true);
            return true;
        }
        if (Is(u, "decade", "decades") && pub.Year - 10 * count >= 1)
        {
            match = new DateMatch(i, last, new PartialDate(pub.Year - 10 * count), true, true);
            return true;
        }
        return false;
    }

    private static bool Day(int first, int last, DateOnly date, bool around, out DateMatch match)
    {
        match = new DateMatch(first, last, PartialDate.From(date), true, around);
        return true;
    }

    private static bool Is(ReadOnlySpan<char> word, string singular, string plural) =>
        word.Equals(singular, StringComparison.OrdinalIgnoreCase) || word.Equals(plural, StringComparison.OrdinalIgnoreCase);
}
