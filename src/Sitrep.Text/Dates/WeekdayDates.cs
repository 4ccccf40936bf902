using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// "on Tuesday", "last Friday", "next Monday" — resolved against publication — and a weekday in front
/// of a full date ("Tuesday, Nov. 5, 2024", "Tue, 05 Nov 2024"), where the full date wins.
/// </summary>
internal static class WeekdayDates
{
    /// <summary>Every word a weekday date starts with: keep in step with <see cref="TryRead"/>.</summary>
    public static IEnumerable<string> StartWords => ["last", "next", "this", .. Weekdays.Words];

    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, DateOnly? published, out DateMatch match)
    {
        match = default;
        var k = i;
        bool last = false, next = false;
        if (TokenWords.WordAt(text, tokens, k, "last")) (last, k) = (true, k + 1);
        else if (TokenWords.WordAt(text, tokens, k, "next")) (next, k) = (true, k + 1);
        else if (TokenWords.WordAt(text, tokens, k, "this")) k++;
        if (!Weekdays.TryAt(text, tokens, k, out var day, out var abbreviation)) return false;

        var n = TokenWords.CharAt(text, tokens, k + 1, ',') ? k + 2 : k + 1;
        if (k == i && n < tokens.Length && TryFullDate(text, tokens, n, published, out var full))
        {
            match = full with { First = i };
            return true;
        }
        if (abbreviation || DateResolution.Usable(published) is not { } pub) return false;
        var date = next ? DateResolution.NextWeekday(day, pub) : DateResolution.LatestWeekday(day, pub, strictlyBefore: last);
        match = new DateMatch(i, k, PartialDate.From(date), true, false);
        return true;
    }

    private static bool TryFullDate(string text, ReadOnlySpan<Token> tokens, int n, DateOnly? published, out DateMatch match) =>
        (MonthDates.TryRead(text, tokens, n, published, out match) && match.Date.Precision == DatePrecision.Day)
        || MonthDates.TryReadDayFirst(text, tokens, n, published, out match)
        || NumericDates.TryRead(text, tokens, n, out match);
}
