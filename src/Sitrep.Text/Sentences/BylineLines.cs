using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>
/// Recognises author lines: "By Jane Doe", "By JANE DOE, Baltic Wire", "By Jane Doe and John Roe | Meridian Post",
/// and wire credits such as "(Reporting by Jane Doe; Editing by John Roe)".
/// </summary>
internal static class BylineLines
{
    private const int MaxBylineLength = 120;
    private const int MaxBylinePieces = 16;

    private static readonly string[] CreditPrefixes =
        ["Reporting by ", "Additional reporting by ", "Writing by ", "Editing by ", "Compiled by ", "Reported by ", "Written by "];

    // Lower-case words that appear inside names and staff lines; any other lower-case word means running text
    // ("By Tuesday evening, the army had…").
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["and", "in", "for", "of", "de", "del", "da", "van", "von", "der", "al", "el", "bin", "la", "le", "y", "with"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup =
        Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxBylineLength || line.Length < 5) return false;
        if (!line.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) return false;
        var last = line[^1];
        if (last is '!' or '?' or ':' or ';' or ',') return false;
        var rest = line[3..];
        var names = 0;
        var pieces = 0;
        foreach (var range in rest.Split(' '))
        {
            var piece = rest[range].TrimEnd(",;:");
            if (piece.IsEmpty || IsSeparator(piece)) continue;
            if (++pieces > MaxBylinePieces) return false;
            if (char.IsUpper(piece[0]) || HasCapitalAfterJoiner(piece)) names++;
            else if (names == 0 || !ConnectorLookup.Contains(piece)) return false;
        }
        // A trailing period is only allowed after an initial or suffix ("By Jane Doe Jr.").
        if (last == '.' && !EndsWithShortWord(line)) return false;
        return names > 0;
    }

    /// <summary>Wire credit lines, with or without brackets: "(Reporting by Jane Doe; Editing by John Roe)".</summary>
    public static bool IsCreditLine(ReadOnlySpan<char> line)
    {
        var body = line.TrimStart('(');
        foreach (var prefix in CreditPrefixes)
            if (SentenceChars.StartsWithIgnoreCase(body, prefix) && body.Length > prefix.Length) return true;
        return false;
    }

    /// <summary>Name particles glued to a capitalised part: "al-Hakim", "d'Amato".</summary>
    private static bool HasCapitalAfterJoiner(ReadOnlySpan<char> piece)
    {
        var joiner = piece.IndexOfAny('-', '\'', '’');
        return joiner > 0 && joiner + 1 < piece.Length && char.IsUpper(piece[joiner + 1]);
    }

    private static bool IsSeparator(ReadOnlySpan<char> piece)
    {
        foreach (var c in piece)
            if (!(c is '|' or '&' or '/' or '·' or '•' || SentenceChars.IsDash(c))) return false;
        return true;
    }

    private static bool EndsWithShortWord(ReadOnlySpan<char> line)
    {
        var k = line.Length - 1;
        var start = k;
        while (start > 0 && char.IsLetter(line[start - 1])) start--;
        return k - start is >= 1 and <= 2;
    }
}
