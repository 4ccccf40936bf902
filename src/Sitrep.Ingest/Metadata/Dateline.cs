namespace Sitrep.Ingest.Metadata;

/// <summary>
/// Reads the outlet from a dateline opening a paragraph: "KYIV (Baltic Wire) — …",
/// "KRAMATORSK, Ukraine (Reuters) - …". Only the outlet in parentheses is taken.
/// </summary>
internal static class Dateline
{
    private const int MaxPlaceLength = 60;
    private const int MaxOutletLength = 60;

    public static bool TryReadOutlet(ReadOnlySpan<char> line, out string outlet)
    {
        outlet = "";
        var open = line.IndexOf('(');
        if (open < 2 || open > MaxPlaceLength) return false;
        if (!IsPlace(line[..open].TrimEnd())) return false;

        var close = line[open..].IndexOf(')');
        if (close < 2 || close > MaxOutletLength) return false;
        var name = line.Slice(open + 1, close - 1).Trim();
        if (name.IsEmpty || !char.IsLetterOrDigit(name[0])) return false;

        var after = line[(open + close + 1)..].TrimStart(' ');
        if (after.IsEmpty || !(after[0] is '—' or '–' or '-')) return false;
        outlet = name.ToString();
        return true;
    }

    /// <summary>The place starts with a word in capitals ("KYIV", "NEW YORK"); a region may follow in any case.</summary>
    private static bool IsPlace(ReadOnlySpan<char> place)
    {
        if (place.IsEmpty) return false;
        var comma = place.IndexOf(',');
        var city = comma < 0 ? place : place[..comma];
        var letters = 0;
        foreach (var c in city)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c is not (' ' or '-' or '.' or '\'' or '’')) return false;
        }
        return letters >= 2;
    }
}
