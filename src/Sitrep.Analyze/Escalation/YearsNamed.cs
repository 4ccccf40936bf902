namespace Sitrep.Analyze;

/// <summary>
/// Calendar years written in a sentence ("in the 1950-53 war", "since 1961", "in the 1960s"). Used to keep
/// history out of a current conflict when the coder dated a sentence about 1950 by its publication day.
/// </summary>
internal static class YearsNamed
{
    /// <summary>
    /// The latest year from 1800 to 2099 written as four digits, or null when none is. A year after "since"
    /// ("allies since 1961", "first visit since 2000") names a span that reaches today, so it is left out.
    /// </summary>
    public static int? Latest(string text)
    {
        int? latest = null;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || IsNumberJoin(text, i - 1)))) continue;
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            // Four digits exactly, not the start of "1,950" or "1950.5": a thousands group or decimal is a count.
            if (end - i == 4 && !(end < text.Length && IsNumberJoin(text, end)))
            {
                var year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                if (year is >= 1800 and <= 2099 && !AfterSince(text, i) && (latest is null || year > latest)) latest = year;
            }
            i = end - 1;
        }
        return latest;
    }

    private static bool AfterSince(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        const string since = "since";
        return end >= since.Length && text.AsSpan(end - since.Length, since.Length).Equals(since, StringComparison.OrdinalIgnoreCase)
               && (end == since.Length || !char.IsLetter(text[end - since.Length - 1]));
    }

    // "1,950" and "19.50": a comma or point between digits joins them into one number.
    private static bool IsNumberJoin(string text, int at) =>
        (text[at] == ',' || text[at] == '.') && at > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]);
}
