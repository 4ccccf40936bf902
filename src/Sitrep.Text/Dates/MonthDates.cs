using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Dates written with a month name: "Nov. 10, 2024", "November 10", "10 November 2024", "the 10th of
/// November", "November 2024", "February of 2022", "in June", "early November", "mid-November", "last March".
/// </summary>
internal static class MonthDates
{
    private enum Which { Latest, Last, Next }

    private static readonly WordSet Modifiers = new("early", "mid", "late");

    // "the end of October", "the start of March": a part of the month, so Around.
    internal static readonly WordSet PartOf = new("end", "start", "beginning", "middle", "turn");

    // Before these a month needs nothing else to be a month: "in May", "since March", "until June".
    private static readonly WordSet Context = new(
        "in", "since", "until", "till", "by", "from", "of", "during", "through", "throughout", "before", "after",
        "this", "that", "between", "around", "circa", "to", "on", "last", "next", "early", "mid", "late");

    /// <summary>
    /// Every word a month date starts with ("mid-November" aside, which <see cref="Months.IsMidPrefixed"/> tells):
    /// keep in step with <see cref="TryRead"/>.
    /// </summary>
    public static IEnumerable<string> StartWords => ["last", "next", .. Modifiers.Words, .. PartOf.Words, .. Months.Words];

    /// <summary>Reads a date that starts with a month or a modifier before one.</summary>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, DateOnly? published, out DateMatch match)
    {
        match = default;
        var around = false;
        var which = Which.Latest;
        int month, monthLast;
        var needsContext = false;
        if (Months.TryMidPrefixed(text, tokens[i], out month))
        {
            around = true;
            monthLast = i;
        }
        else
        {
            var k = i;
            if (Modifiers.At(text, tokens, k)) (around, k) = (true, k + 1);
            else if (PartOf.At(text, tokens, k) && TokenWords.WordAt(text, tokens, k + 1, "of")) (around, k) = (true, k + 2);
            else if (TokenWords.WordAt(text, tokens, k, "last")) (which, k) = (Which.Last, k + 1);
            else if (TokenWords.WordAt(text, tokens, k, "next")) (which, k) = (Which.Next, k + 1);
            if (!Months.TryAt(text, tokens, k, out month, out monthLast, out needsContext)) return false;
        }

        var n = monthLast + 1;
        if (DateNumbers.TryDay(text, tokens, n, out var day))
        {
            var y = TokenWords.CharAt(text, tokens, n + 1, ',') ? n + 2 : n + 1;
            return DateNumbers.TryYear(text, tokens, y, out var year)
                ? Finish(i, y, month, day, year, around, published, out match)
                : Finish(i, n, month, day, null, around, published, out match);
        }

        var yi = TokenWords.WordAt(text, tokens, n, "of") || TokenWords.CharAt(text, tokens, n, ',') ? n + 1 : n;
        if (DateNumbers.TryYear(text, tokens, yi, out var monthYear))
        {
            match = new DateMatch(i, yi, new PartialDate(monthYear, month), false, around);
            return true;
        }

        // A month on its own: "May" and "March" need a preposition ("Pyongyang may send…", "the march on…"),
        // and a full name followed by a capitalised word is more likely a person ("June Carter").
        var hasContext = around || which != Which.Latest || Context.At(text, tokens, i - 1);
        if (!hasContext && (needsContext || (n < tokens.Length && tokens[n].IsWord && tokens[n].IsCapitalized(text))))
            return false;
        if (DateResolution.Usable(published) is not { } pub) return false;
        var date = which switch
        {
            Which.Next => DateResolution.NextMonth(month, pub),
            Which.Last => DateResolution.LatestMonth(month, pub, strictlyBefore: true),
            _ => DateResolution.LatestMonth(month, pub, strictlyBefore: false),
        };
        match = new DateMatch(i, monthLast, date, true, around);
        return true;
    }

    /// <summary>Reads a date that starts with the day: "10 November 2024", "10th of November", "5 Nov".</summary>
    public static bool TryReadDayFirst(string text, ReadOnlySpan<Token> tokens, int i, DateOnly? published, out DateMatch match)
    {
        match = default;
        if (!DateNumbers.TryDay(text, tokens, i, out var day)) return false;
        var k = TokenWords.WordAt(text, tokens, i + 1, "of") ? i + 2 : i + 1;
        if (!Months.TryAt(text, tokens, k, out var month, out var monthLast, out _)) return false;
        var y = TokenWords.CharAt(text, tokens, monthLast + 1, ',') ? monthLast + 2 : monthLast + 1;
        return DateNumbers.TryYear(text, tokens, y, out var year)
            ? Finish(i, y, month, day, year, false, published, out match)
            : Finish(i, monthLast, month, day, null, false, published, out match);
    }

    private static bool Finish(int first, int last, int month, int day, int? year, bool around, DateOnly? published, out DateMatch match)
    {
        match = default;
        PartialDate date;
        if (year is { } y)
        {
            if (!DateResolution.TryDay(y, month, day, out date)) return false;
            match = new DateMatch(first, last, date, false, around);
            return true;
        }
        if (DateResolution.Usable(published) is not { } pub || !DateResolution.TryLatestDay(month, day, pub, out date)) return false;
        match = new DateMatch(first, last, date, true, around);
        return true;
    }
}
