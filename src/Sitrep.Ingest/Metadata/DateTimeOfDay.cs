namespace Sitrep.Ingest.Metadata;

/// <summary>The time part after a date: "14:20", "T09:30:00+02:00", "at 2:20 p.m. EST", "09:30 GMT".</summary>
internal static class DateTimeOfDay
{
    private static readonly (string Name, int Minutes)[] Zones =
    [
        ("GMT", 0), ("UTC", 0), ("UT", 0), ("Z", 0), ("WET", 0), ("BST", 60), ("CET", 60), ("WAT", 60),
        ("CEST", 120), ("EET", 120), ("SAST", 120), ("EEST", 180), ("MSK", 180), ("EAT", 180), ("PKT", 300),
        ("ICT", 420), ("KST", 540), ("JST", 540), ("AEST", 600), ("AEDT", 660),
        ("EST", -300), ("EDT", -240), ("CST", -360), ("CDT", -300), ("MST", -420), ("MDT", -360), ("PST", -480), ("PDT", -420),
    ];

    public static bool TryRead(ref TextCursor c, out TimeSpan time, out TimeSpan offset)
    {
        time = offset = TimeSpan.Zero;
        if (!c.Skip('T'))
        {
            c.SkipSpaces();
            if (c.Skip(',') || c.Skip('|') || c.Skip('·') || c.Skip('-') || c.Skip('–') || c.Skip('—')) c.SkipSpaces();
            var save = c.Pos;
            if (!c.Word().Equals("at", StringComparison.OrdinalIgnoreCase)) c.Pos = save;
            c.SkipSpaces();
        }

        if (!c.Number(2, out var hour, out _) || !c.Skip(':') || !c.Number(2, out var minute, out var md) || md != 2) return false;
        var second = 0;
        if (c.Skip(':') && (!c.Number(2, out second, out var sd) || sd != 2)) return false;
        if (c.Skip('.')) c.SkipWhile(char.IsAsciiDigit);
        c.SkipSpaces();
        hour = ApplyMeridiem(ref c, hour);
        if (hour is < 0 or > 23 || minute > 59 || second > 59) return false;
        time = new TimeSpan(hour, minute, second);
        c.SkipSpaces();
        offset = ReadZone(ref c);
        return true;
    }

    /// <summary>"2:20 pm", "2:20 p.m."; returns -1 for an impossible hour.</summary>
    private static int ApplyMeridiem(ref TextCursor c, int hour)
    {
        var save = c.Pos;
        var word = c.Word();
        var pm = word.Equals("pm", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.OrdinalIgnoreCase);
        var am = word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase);
        if (!pm && !am)
        {
            c.Pos = save;
            return hour;
        }
        if (word.Length == 1 && !(c.Skip('.') && (c.Skip('m') || c.Skip('M')) && c.Skip('.')))
        {
            c.Pos = save;
            return hour;
        }
        if (hour is < 1 or > 12) return -1;
        return pm ? hour % 12 + 12 : hour % 12;
    }

    private static TimeSpan ReadZone(ref TextCursor c)
    {
        var save = c.Pos;
        if (TryNumericOffset(ref c, out var numeric)) return numeric;
        var word = c.Word();
        foreach (var (name, minutes) in Zones)
        {
            if (!word.Equals(name, StringComparison.Ordinal)) continue;
            // "GMT+2", "UTC+03:00"
            return minutes == 0 && TryNumericOffset(ref c, out var relative) ? relative : TimeSpan.FromMinutes(minutes);
        }
        // An unknown zone abbreviation ("ET", "HKT") is consumed but, lacking an offset, read as UTC.
        if (word.Length is >= 2 and <= 5 && IsAllUpper(word)) return TimeSpan.Zero;
        c.Pos = save;
        return TimeSpan.Zero;
    }

    private static bool TryNumericOffset(ref TextCursor c, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var save = c.Pos;
        var sign = c.Skip('+') ? 1 : c.Skip('-') || c.Skip('−') ? -1 : 0;
        if (sign == 0) return false;
        // "+02", "+02:00" or "+0200"
        if (!c.Number(4, out var number, out var digits) || digits == 3)
        {
            c.Pos = save;
            return false;
        }
        var (hours, minutes) = digits == 4 ? (number / 100, number % 100) : (number, 0);
        if (digits <= 2 && c.Skip(':') && (!c.Number(2, out minutes, out var md) || md != 2))
        {
            c.Pos = save;
            return false;
        }
        if (hours > 14 || minutes > 59)
        {
            c.Pos = save;
            return false;
        }
        offset = new TimeSpan(sign * hours, sign * minutes, 0);
        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
            if (!char.IsAsciiLetterUpper(ch)) return false;
        return true;
    }
}
