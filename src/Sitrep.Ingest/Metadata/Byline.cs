using System.Globalization;

namespace Sitrep.Ingest.Metadata;

/// <summary>
/// Reads a byline line: "By Jane Doe", "By JANE DOE, Baltic Wire", "By Jane Doe and John Roe",
/// "By Jane Doe | Nov. 10, 2024". Yields the author(s) as written (all-caps names in title case),
/// and the outlet and date when the line carries them.
/// </summary>
internal static class Byline
{
    private static readonly string[] Particles = ["de", "da", "del", "della", "der", "den", "van", "von", "al", "el", "bin", "ibn", "la", "le", "du", "dos", "di", "ter"];

    private static readonly string[] Roles =
        ["writer", "correspondent", "reporter", "editor", "journalist", "contributor", "columnist", "analyst", "staff", "chief", "bureau", "special"];

    private const int MaxLength = 160;

    public readonly record struct Parsed(string Author, string? Outlet, DateTimeOffset? Published);

    public static bool TryParse(ReadOnlySpan<char> line, out Parsed byline)
    {
        byline = default;
        line = line.Trim();
        if (line.Length > MaxLength || line.Length < 5) return false;
        if (!(line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("BY ", StringComparison.Ordinal))) return false;

        var rest = line[3..].TrimStart();
        var namesEnd = rest.IndexOfAny(",|·—–");
        var dash = rest.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (namesEnd < 0 || dash < namesEnd)) namesEnd = dash;
        var names = (namesEnd < 0 ? rest : rest[..namesEnd]).Trim();
        if (!AreNames(names)) return false;

        string? outlet = null;
        DateTimeOffset? published = null;
        var tail = namesEnd < 0 ? [] : rest[namesEnd..];
        while (!tail.IsEmpty)
        {
            tail = tail.TrimStart(",|·—–- ");
            if (tail.IsEmpty) break;
            // A date may itself contain a comma ("Nov. 10, 2024"), so try the whole remainder first.
            if (DateText.TryParseDateLine(tail, out var date))
            {
                published ??= date;
                break;
            }
            var end = tail.IndexOfAny(",|·—–");
            var segment = (end < 0 ? tail : tail[..end]).Trim();
            if (outlet is null && LooksLikeOutlet(segment)) outlet = segment.ToString();
            tail = end < 0 ? [] : tail[end..];
        }

        byline = new Parsed(CaseNames(names.ToString()), outlet, published);
        return true;
    }

    /// <summary>One or more personal names joined by "and", "&amp;" — capitalised words, a few particles.</summary>
    private static bool AreNames(ReadOnlySpan<char> names)
    {
        if (names.IsEmpty || names.Length > 100) return false;
        var words = 0;
        var wordsInName = 0;
        foreach (var range in names.Split(' '))
        {
            var word = names[range];
            if (word.IsEmpty) continue;
            if (word is "and" or "&" or "AND")
            {
                if (wordsInName == 0) return false;
                wordsInName = 0;
                continue;
            }
            if (!IsNameWord(word)) return false;
            words++;
            if (++wordsInName > 5) return false;
        }
        return words >= 1 && wordsInName > 0;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        foreach (var particle in Particles)
            if (word.Equals(particle, StringComparison.Ordinal)) return true;
        if (!char.IsUpper(word[0])) return false;
        foreach (var c in word)
            if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '’')) return false;
        return true;
    }

    private static bool LooksLikeOutlet(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty || segment.Length > 60 || !char.IsUpper(segment[0])) return false;
        foreach (var range in segment.Split(' '))
        {
            var word = segment[range];
            foreach (var role in Roles)
                if (word.Equals(role, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>"JANE DOE AND JOHN ROE" → "Jane Doe and John Roe"; mixed-case names are kept as written.</summary>
    private static string CaseNames(string names)
    {
        foreach (var c in names)
            if (char.IsLower(c)) return names;
        var titled = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(names.ToLowerInvariant());
        return titled.Replace(" And ", " and ", StringComparison.Ordinal);
    }
}
