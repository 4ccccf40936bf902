using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// All-digit dates: "2024-11-05" (ISO), "11/10/2024" (US month first, unless the first number is over 12),
/// "05.11.2024" (dotted, day first as in continental Europe), "2024/11/05".
/// </summary>
internal static class NumericDates
{
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, out DateMatch match)
    {
        match = default;
        if (i >= tokens.Length || !tokens[i].IsNumber) return false;
        var s = tokens[i].In(text);
        if (s.Contains('/') && TrySeparated(s, '/', dayFirstByDefault: false, out var date)
            || s.Count('.') == 2 && TrySeparated(s, '.', dayFirstByDefault: true, out date))
        {
            match = new DateMatch(i, i, date, false, false);
            return true;
        }
        return TryIsoChain(text, tokens, i, out match);
    }

    /// <summary>"2024-11-05" is five tokens (number, dash, number, dash, number); "2024-11-10T09:30" keeps its T.</summary>
    private static bool TryIsoChain(string text, ReadOnlySpan<Token> tokens, int i, out DateMatch match)
    {
        match = default;
        if (i + 4 >= tokens.Length || tokens[i].Length != 4) return false;
        for (var k = i; k < i + 4; k++)
        {
            if (!tokens[k].Touches(tokens[k + 1])) return false;
        }
        if (!tokens[i + 1].IsChar(text, '-') || !tokens[i + 3].IsChar(text, '-') || !tokens[i + 2].IsNumber || !tokens[i + 4].IsNumber)
            return false;
        var dayText = tokens[i + 4].In(text);
        if (dayText.Length == 3 && dayText[2] is 'T' or 't') dayText = dayText[..2];
        if (!TryInt(tokens[i].In(text), out var y) || !TryInt(tokens[i + 2].In(text), out var m) || !TryInt(dayText, out var d)
            || tokens[i + 2].Length > 2 || dayText.Length > 2 || !DateResolution.TryDay(y, m, d, out var date))
            return false;
        match = new DateMatch(i, i + 4, date, false, false);
        return true;
    }

    private static bool TrySeparated(ReadOnlySpan<char> s, char separator, bool dayFirstByDefault, out PartialDate date)
    {
        date = default;
        var first = s.IndexOf(separator);
        var second = first < 0 ? -1 : s[(first + 1)..].IndexOf(separator);
        if (first <= 0 || second <= 0) return false;
        second += first + 1;
        var a = s[..first];
        var b = s[(first + 1)..second];
        var c = s[(second + 1)..];
        if (c.IndexOf(separator) >= 0 || !TryInt(a, out var x) || !TryInt(b, out var yv) || !TryInt(c, out var z)) return false;
        if (a.Length == 4) return b.Length <= 2 && c.Length <= 2 && DateResolution.TryDay(x, yv, z, out date);
        if (a.Length > 2 || b.Length > 2 || c.Length is not (2 or 4)) return false;
        // A dotted date always needs a four-digit year, or "1.2.3" would be a date.
        if (separator == '.' && c.Length != 4) return false;
        var year = c.Length == 4 ? z : z < 70 ? 2000 + z : 1900 + z;
        var dayFirst = dayFirstByDefault || x > 12;
        return dayFirst ? DateResolution.TryDay(year, yv, x, out date) : DateResolution.TryDay(year, x, yv, out date);
    }

    private static bool TryInt(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
