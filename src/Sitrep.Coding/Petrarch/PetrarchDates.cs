using System.Globalization;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// Dates in PETRARCH dictionaries: YYYYMMDD or YYMMDD. Two-digit years follow KEDS/TABARI/PETRARCH:
/// 00–30 are 20YY, 31–99 are 19YY. Restrictions are "&lt;date" (on or before), "&gt;date" (on or after) and
/// "date-date" (both ends included).
/// </summary>
public static class PetrarchDates
{
    public static bool TryParse(string s, out DateOnly date)
    {
        date = default;
        s = s.Trim();
        if (s.Length is not (6 or 8) || !s.All(char.IsAsciiDigit)) return false;
        var year = int.Parse(s.AsSpan(0, s.Length - 4), CultureInfo.InvariantCulture);
        if (s.Length == 6) year += year <= 30 ? 2000 : 1900;
        var month = int.Parse(s.AsSpan(s.Length - 4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(s.AsSpan(s.Length - 2, 2), CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses the part of a code restriction after the code: "&lt;950601", "&gt; 990816", "19950601 - 19990815".</summary>
    public static bool TryParseRestriction(string s, out DateOnly? from, out DateOnly? to)
    {
        from = to = null;
        s = s.Trim();
        if (s.Length == 0) return true;
        if (s[0] == '<')
        {
            if (!TryParse(s[1..], out var d)) return false;
            to = d;
            return true;
        }
        if (s[0] == '>')
        {
            if (!TryParse(s[1..], out var d)) return false;
            from = d;
            return true;
        }
        var dash = s.IndexOf('-');
        if (dash < 0 || !TryParse(s[..dash], out var a) || !TryParse(s[(dash + 1)..], out var b) || b < a) return false;
        (from, to) = (a, b);
        return true;
    }
}
