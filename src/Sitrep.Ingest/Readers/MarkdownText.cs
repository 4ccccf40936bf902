using System.Text;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// Strips the Markdown syntax that would pollute article text — heading #'s, emphasis markers, link and image
/// syntax, block quotes, code fences, rules — keeping every word and the line structure (list bullets stay).
/// </summary>
internal static class MarkdownText
{
    public static string Strip(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        var inFence = false;
        var previousBlank = true;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.AsSpan().TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence)
            {
                sb.Append(line).Append('\n');
                continue;
            }
            if (IsRule(trimmed, previousBlank) || IsReferenceDefinition(trimmed) || IsHtmlComment(trimmed))
            {
                // A rule or setext underline ends the block above it.
                sb.Append('\n');
                previousBlank = true;
                continue;
            }
            var content = BlockPrefix(line, out var bullet);
            sb.Append(bullet);
            MarkdownInline.Append(sb, content);
            sb.Append('\n');
            previousBlank = trimmed.IsEmpty;
        }
        return sb.ToString();
    }

    /// <summary>Removes heading and quote markers; returns the line's content and the list bullet to keep.</summary>
    private static ReadOnlySpan<char> BlockPrefix(string line, out string bullet)
    {
        bullet = "";
        var s = line.AsSpan().TrimStart();
        while (s.StartsWith('>')) s = s[1..].TrimStart();

        var hashes = 0;
        while (hashes < s.Length && s[hashes] == '#') hashes++;
        if (hashes is >= 1 and <= 6 && (hashes == s.Length || s[hashes] == ' '))
            return s[hashes..].Trim().TrimEnd('#').TrimEnd();

        if (s.Length >= 2 && s[0] is '-' or '*' or '+' or '•' && s[1] == ' ')
        {
            bullet = s[0] == '+' ? "- " : s[..2].ToString();
            return s[2..].TrimStart();
        }
        return s;
    }

    /// <summary>"---", "***", "___", "===" (also setext underlines, which follow a non-blank line).</summary>
    private static bool IsRule(ReadOnlySpan<char> line, bool previousBlank)
    {
        line = line.TrimEnd();
        if (line.Length < 3) return false;
        var marker = line[0];
        if (marker is not ('-' or '*' or '_' or '=')) return false;
        var count = 0;
        foreach (var c in line)
        {
            if (c == marker) count++;
            else if (c != ' ') return false;
        }
        // "===" only underlines a heading; "- - -" style rules need no text above.
        return count >= 3 && (marker != '=' || !previousBlank);
    }

    private static bool IsReferenceDefinition(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith('[')) return false;
        var close = line.IndexOf("]:", StringComparison.Ordinal);
        return close > 1 && line[(close + 2)..].TrimStart().IndexOfAny(' ', '\t') < 0;
    }

    private static bool IsHtmlComment(ReadOnlySpan<char> line) =>
        line.StartsWith("<!--", StringComparison.Ordinal) && line.TrimEnd().EndsWith("-->", StringComparison.Ordinal);
}
