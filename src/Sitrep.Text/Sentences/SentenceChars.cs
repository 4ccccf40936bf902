using System.Buffers;

namespace Sitrep.Text;

/// <summary>Character classes the sentence splitter cares about, kept in one place so every rule agrees.</summary>
internal static class SentenceChars
{
    /// <summary>Characters that can end a sentence. A run of them ("?!", "...") is treated as one terminator.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>
    /// The ASCII terminators and the brackets around parentheticals: with <see cref="Ellipsis"/>, the only characters
    /// the boundary scan stops at. Kept apart from the ellipsis because an all-ASCII set is searched much faster.
    /// </summary>
    public static readonly SearchValues<char> AsciiStops = SearchValues.Create(".!?([)]");

    public const char Ellipsis = '…';

    /// <summary>Quote marks that, directly after a terminator, close the quotation and belong to the sentence.</summary>
    public static bool IsClosingQuote(char c) => c is '"' or '”' or '’' or '\'' or '»' or '›';

    /// <summary>Anything that may trail the last word of a line: quotes, brackets.</summary>
    public static bool IsTrailingCloser(char c) => IsClosingQuote(c) || c is ')' or ']' or '“' or '‘';

    public static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '«' or '‹';

    public static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₽' or '₴';

    /// <summary>Hyphen and dash family; a sentence never starts with one, so a dash after a period is no boundary.</summary>
    public static bool IsDash(char c) => c is '-' or '‐' or '‑' or '–' or '—' or '―';

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> StartsWith for a prefix that begins with an ASCII letter,
    /// testing the first letter before anything else: most lines start with another one.
    /// </summary>
    public static bool StartsWithIgnoreCase(ReadOnlySpan<char> line, string prefix) =>
        line.Length >= prefix.Length && (line[0] | 0x20) == (prefix[0] | 0x20)
        && line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
