using System.Globalization;

namespace Sitrep.Ingest.Metadata;

/// <summary>
/// Reads publication dates as news pages write them: "2024-11-10", "11/10/2024" (US month first),
/// "Nov. 10, 2024", "November 10, 2024", "10 November 2024", optionally labelled ("Updated:", "Published")
/// and followed by a time and zone ("14:20", "09:30 GMT", "2:20 p.m. EST"). No zone means UTC.
/// </summary>
internal static class DateText
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] Labels = ["updated", "published", "posted", "last", "first", "modified", "date", "dated", "on"];

    /// <summary>A metadata value (front matter, JSON, meta tag, feed): the formats above, ISO 8601 or RFC 1123.</summary>
    public static DateTimeOffset? ParseValue(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (TryParseDateLine(s, out var value)) return value;
        return DateTimeOffset.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            ? value
            : null;
    }

    /// <summary>True when the whole line is a (labelled) date, with an optional time and zone, and nothing else.</summary>
    public static bool TryParseDateLine(ReadOnlySpan<char> line, out DateTimeOffset value)
    {
        value = default;
        var c = new TextCursor(line.Trim());
        SkipLabels(ref c);
        SkipWeekday(ref c);
        if (!TryDate(ref c, out var year, out var month, out var day)) return false;

        var time = TimeSpan.Zero;
        var offset = TimeSpan.Zero;
        var save = c.Pos;
        if (!DateTimeOfDay.TryRead(ref c, out time, out offset))
        {
            c.Pos = save;
            time = TimeSpan.Zero;
            offset = TimeSpan.Zero;
        }

        c.SkipWhile(static ch => ch is ' ' or '.');
        if (!c.AtEnd) return false;
        if (year is < 1000 or > 9998) return false;
        value = new DateTimeOffset(new DateTime(year, month, day).Add(time), offset);
        return true;
    }

    private static void SkipLabels(ref TextCursor c)
    {
        while (true)
        {
            var save = c.Pos;
            var word = c.Word();
            if (word.IsEmpty || !IsOneOf(word, Labels))
            {
                c.Pos = save;
                return;
            }
            c.Skip(':');
            c.SkipSpaces();
        }
    }

    private static void SkipWeekday(ref TextCursor c)
    {
        var save = c.Pos;
        var word = c.Word();
        if (word.Length >= 3 && IndexOfName(word, Weekdays) >= 0)
        {
            c.Skip('.');
            c.Skip(',');
            c.SkipSpaces();
        }
        else c.Pos = save;
    }

    private static bool TryDate(ref TextCursor c, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (c.AtEnd) return false;
        if (char.IsAsciiDigit(c.Peek)) return TryNumericFirst(ref c, out year, out month, out day);

        // "Nov. 10, 2024", "November 10 2024"
        month = MonthOf(c.Word());
        if (month == 0) return false;
        c.Skip('.');
        c.SkipSpaces();
        if (!c.Number(2, out day, out _)) return false;
        SkipOrdinal(ref c);
        c.Skip(',');
        c.SkipSpaces();
        return c.Number(4, out year, out var digits) && digits == 4 && Valid(year, month, day);
    }

    private static bool TryNumericFirst(ref TextCursor c, out int year, out int month, out int day)
    {
        year = month = day = 0;
        c.Number(4, out var first, out var digits);
        if (digits == 4 && (c.Skip('-') || c.Skip('/')))
        {
            // ISO "2024-11-10" (or "2024/11/10")
            year = first;
            return c.Number(2, out month, out _) && (c.Skip('-') || c.Skip('/')) && c.Number(2, out day, out _)
                && Valid(year, month, day);
        }
        if (digits > 2) return false;
        if (c.Skip('/'))
        {
            // US "11/10/2024": month first, unless that cannot be a month.
            if (!c.Number(2, out var second, out _) || !c.Skip('/') || !c.Number(4, out year, out var y) || y != 4) return false;
            (month, day) = first > 12 ? (second, first) : (first, second);
            return Valid(year, month, day);
        }
        if (c.Skip('.'))
        {
            // European "10.11.2024" is always day first.
            day = first;
            return c.Number(2, out month, out _) && c.Skip('.') && c.Number(4, out year, out var y) && y == 4
                && Valid(year, month, day);
        }
        // "10 November 2024", "10th Nov 2024"
        day = first;
        SkipOrdinal(ref c);
        c.SkipSpaces();
        month = MonthOf(c.Word());
        if (month == 0) return false;
        c.Skip('.');
        c.Skip(',');
        c.SkipSpaces();
        return c.Number(4, out year, out var yd) && yd == 4 && Valid(year, month, day);
    }

    private static void SkipOrdinal(ref TextCursor c)
    {
        var save = c.Pos;
        var word = c.Word();
        if (!IsOneOf(word, ["st", "nd", "rd", "th"])) c.Pos = save;
    }

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Equals("sept", StringComparison.OrdinalIgnoreCase)) return 9;
        return word.Length >= 3 ? IndexOfName(word, Months) + 1 : 0;
    }

    /// <summary>Index of the name the word is (a prefix of, at least three letters), or -1.</summary>
    private static int IndexOfName(ReadOnlySpan<char> word, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
            if (names[i].AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 1000 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
