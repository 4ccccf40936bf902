namespace Sitrep.Text;

/// <summary>Cheap tests on the shape of one trimmed line: list markers, caption prefixes, capitals, final punctuation.</summary>
internal static class LineShapes
{
    private const int MaxSubheadingLength = 120;
    private const int MaxSubheadingWords = 16;
    private const int MaxCapsHeadingLength = 200;

    private static readonly string[] CaptionPrefixes = ["Photo:", "Photos:", "Caption:", "Pictured:", "Picture:", "Image:", "Photograph:"];

    /// <summary>"- ", "• ", "* ", "1. ", "12) " followed by some text.</summary>
    public static bool IsListItem(ReadOnlySpan<char> line) => ListMarkerLength(line) > 0;

    /// <summary>Length of the list marker and its space ("1. " → 3), or 0 when the line is no list item.</summary>
    public static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 3) return 0;
        if (line[0] is '-' or '•' or '*' or '–' or '·' or '▪' or '◦' or '‣')
            return line[1] == ' ' ? 2 : 0;
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits])) digits++;
        // Two digits at most: "2024. The..." at the start of a wrapped line is a year, not item 2024.
        if (digits is not (1 or 2) || digits + 2 >= line.Length) return 0;
        return line[digits] is '.' or ')' && line[digits + 1] == ' ' ? digits + 2 : 0;
    }

    public static bool HasNumericListMarker(ReadOnlySpan<char> line) => ListMarkerLength(line) > 0 && char.IsAsciiDigit(line[0]);

    public static bool IsCaptionPrefixed(ReadOnlySpan<char> line)
    {
        foreach (var prefix in CaptionPrefixes)
            if (SentenceChars.StartsWithIgnoreCase(line, prefix)) return true;
        return false;
    }

    /// <summary>
    /// True when the line ends the way running text does (period, question mark, colon, comma, dash…), looking
    /// through trailing quotes and brackets. Headlines and sub-headings do not.
    /// </summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        var k = line.Length - 1;
        while (k > 0 && SentenceChars.IsTrailingCloser(line[k])) k--;
        var c = line[k];
        return SentenceChars.IsTerminator(c) || SentenceChars.IsDash(c) || c is ':' or ';' or ',';
    }

    /// <summary>A short line of running text that is cut off mid-clause: the next line continues it.</summary>
    public static bool EndsMidClause(ReadOnlySpan<char> line) =>
        line.Length > 40 && (char.IsLetterOrDigit(line[^1]) || line[^1] == ',');

    /// <summary>At least four letters and none of them lower case: "RUSSIA CLAIMS CAPTURE OF VILLAGE".</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 4;
    }

    /// <summary>An ALL-CAPS heading: all capitals, not too long, and not a shouted sentence ending in a period.</summary>
    public static bool IsCapsHeading(ReadOnlySpan<char> line) =>
        line.Length <= MaxCapsHeadingLength && line[^1] != '.' && IsAllCaps(line);

    /// <summary>
    /// A short line without final punctuation that starts like a title: "What happens next". A sentence break
    /// inside ("…in Sumy. Power was cut") means running text that lost its final period.
    /// </summary>
    public static bool IsSubheading(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxSubheadingLength || EndsLikeSentence(line) || HasInnerSentenceBreak(line)) return false;
        var first = line[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || SentenceChars.IsOpeningQuote(first))) return false;
        var words = 1;
        var hasLetter = false;
        foreach (var c in line)
        {
            if (c == ' ') words++;
            else if (char.IsLetter(c)) hasLetter = true;
        }
        return hasLetter && words <= MaxSubheadingWords;
    }

    private static bool HasInnerSentenceBreak(ReadOnlySpan<char> line)
    {
        for (var k = 1; k + 2 < line.Length; k++)
            if (line[k] == ' ' && SentenceChars.IsTerminator(line[k - 1]) && char.IsUpper(line[k + 1]) && char.IsLower(line[k + 2]))
                return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues a hard-wrapped list item or caption that ends in <paramref name="previous"/>:
    /// the next line opens in lower case, or the previous one stops on a comma, a dash or a function word.
    /// </summary>
    public static bool Continues(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        if (char.IsLower(next[0])) return true;
        var last = previous[^1];
        if (last is ',' or ';' or '(' or '&' || SentenceChars.IsDash(last)) return true;
        var wordStart = previous.Length;
        while (wordStart > 0 && char.IsLetter(previous[wordStart - 1])) wordStart--;
        return IsFunctionWord(previous[wordStart..]);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => word switch
    {
        "a" or "an" or "the" or "of" or "in" or "on" or "at" or "to" or "and" or "or" or "by" or "for" or "with"
            or "from" or "near" or "into" or "over" or "its" or "his" or "her" or "their" or "than" or "after" => true,
        _ => false,
    };
}
