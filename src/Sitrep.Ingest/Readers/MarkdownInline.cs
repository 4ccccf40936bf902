using System.Text;

namespace Sitrep.Ingest.Readers;

/// <summary>Inline Markdown to plain words: [text](url) → text, images dropped, emphasis and code markers removed.</summary>
internal static class MarkdownInline
{
    public static void Append(StringBuilder sb, ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '\\' when i + 1 < s.Length && IsEscapable(s[i + 1]):
                    sb.Append(s[i + 1]);
                    i += 2;
                    continue;
                case '!' when i + 1 < s.Length && s[i + 1] == '[' && TryLink(s, i + 1, out _, out var imageEnd):
                    i = imageEnd; // images carry no article words
                    continue;
                case '[' when TryLink(s, i, out var text, out var linkEnd):
                    Append(sb, text);
                    i = linkEnd;
                    continue;
                case '<' when TryAutolink(s, i, out var url, out var autoEnd):
                    sb.Append(url);
                    i = autoEnd;
                    continue;
                case '`':
                    i++;
                    continue;
                case '*' or '_' or '~':
                    var run = 1;
                    while (i + run < s.Length && s[i + run] == c) run++;
                    if (IsEmphasisMarker(s, i, run, c)) i += run;
                    else
                    {
                        sb.Append(s.Slice(i, run));
                        i += run;
                    }
                    continue;
                default:
                    sb.Append(c);
                    i++;
                    continue;
            }
        }
    }

    private static bool IsEscapable(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>[text](url "title") or [text][ref]; text is returned, the rest skipped.</summary>
    private static bool TryLink(ReadOnlySpan<char> s, int open, out ReadOnlySpan<char> text, out int end)
    {
        text = default;
        end = open;
        var close = s[open..].IndexOf(']');
        if (close < 0) return false;
        close += open;
        text = s[(open + 1)..close];
        var after = close + 1;
        if (after < s.Length && s[after] == '(')
        {
            var depth = 0;
            for (var j = after; j < s.Length; j++)
            {
                if (s[j] == '(') depth++;
                else if (s[j] == ')' && --depth == 0)
                {
                    end = j + 1;
                    return true;
                }
            }
            return false;
        }
        if (after < s.Length && s[after] == '[')
        {
            var refClose = s[after..].IndexOf(']');
            if (refClose < 0) return false;
            end = after + refClose + 1;
            return true;
        }
        return false;
    }

    private static bool TryAutolink(ReadOnlySpan<char> s, int open, out ReadOnlySpan<char> url, out int end)
    {
        url = default;
        end = open;
        var close = s[open..].IndexOf('>');
        if (close < 0) return false;
        var inner = s[(open + 1)..(open + close)];
        if (!(inner.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || inner.IndexOf(' ') >= 0) return false;
        url = inner;
        end = open + close + 1;
        return true;
    }

    /// <summary>
    /// A run of *, _ or ~~ is markup when it opens (space or start before, a word after) or closes a span
    /// (a word before, space or punctuation after). Markers inside a word ("snake_case", "5*3") and a lone " * " stay.
    /// </summary>
    private static bool IsEmphasisMarker(ReadOnlySpan<char> s, int start, int run, char c)
    {
        if (c == '~' && run != 2) return false;
        var before = start == 0 ? ' ' : s[start - 1];
        var after = start + run >= s.Length ? ' ' : s[start + run];
        var spaceBefore = char.IsWhiteSpace(before);
        var spaceAfter = char.IsWhiteSpace(after);
        if (spaceBefore && spaceAfter) return false;
        if (c == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)) return false;
        var opens = !spaceAfter && (spaceBefore || char.IsPunctuation(before));
        var closes = !spaceBefore && (spaceAfter || char.IsPunctuation(after));
        return opens || closes;
    }
}
