using System.Globalization;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Puts article text into the one shape every later stage relies on: NFC, '\n' line breaks, no invisible
/// characters, plain spaces, no trailing blanks, paragraphs separated by exactly one empty line.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Normalize(System.Text.NormalizationForm.FormC);
        var sb = new StringBuilder(text.Length);

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                c = '\n';
            }
            else if (c is '\u2028' or '\u2029' or '\u0085')
            {
                c = '\n';
            }

            if (c == '\n')
            {
                TrimTrailingSpaces(sb);
                if (sb.Length == 0 || EndsWithBlankLine(sb)) continue;
                sb.Append('\n');
                continue;
            }

            if (IsInvisible(c)) continue;
            if (c == '\t' || IsSpace(c)) c = ' ';
            if (c == ' ' && sb.Length == 0) continue;
            sb.Append(c);
        }

        TrimTrailingSpaces(sb);
        while (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
        return sb.ToString();
    }

    /// <summary>Normalises a one-line value (title, author, outlet): whitespace runs become one space; empty becomes null.</summary>
    public static string? NormalizeLine(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = Normalize(raw);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isSpace = c is ' ' or '\n';
            if (isSpace && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(isSpace ? ' ' : c);
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static bool EndsWithBlankLine(StringBuilder sb) => sb.Length >= 2 && sb[^1] == '\n' && sb[^2] == '\n';

    private static void TrimTrailingSpaces(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
    }

    /// <summary>Zero-width and formatting characters, and control characters other than line breaks and tabs.</summary>
    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
            or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || (char.IsControl(c) && c != '\t' && c != '\n');

    /// <summary>Non-breaking and typographic spaces that should read as an ordinary space.</summary>
    private static bool IsSpace(char c) =>
        c != ' ' && c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
}
