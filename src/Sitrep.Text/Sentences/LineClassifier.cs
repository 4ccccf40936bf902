using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Decides what each line of a paragraph is. A first pass looks at the line alone; a second pass, once the
/// paragraph is complete, uses its neighbours (a one-line paragraph, a wrapped line, the line after the headline).
/// </summary>
internal sealed class LineClassifier(string text, string? title, TextSpan[] captions)
{
    // Bylines sit in the first few lines, under the headline; further down "By ..." is running text.
    private const int BylineZone = 8;
    private const int MaxHeadlineLength = 300;

    private readonly string? trimmedTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    private int captionCursor;

    public TextLine Classify(int start, int end, int lineNumber)
    {
        var line = text.AsSpan(start, end - start);
        var captionId = CaptionAt(start, end);
        if (captionId >= 0 || LineShapes.IsCaptionPrefixed(line))
            return new TextLine(start, end, SentenceKind.Caption, captionId);
        var kind = KindOf(line, start, end, lineNumber);
        return new TextLine(start, end, kind, -1);
    }

    private SentenceKind KindOf(ReadOnlySpan<char> line, int start, int end, int lineNumber)
    {
        if (lineNumber == 0 && trimmedTitle is not null && line.SequenceEqual(trimmedTitle)) return SentenceKind.Headline;
        if (LineShapes.IsListItem(line)) return SentenceKind.ListItem;
        if (lineNumber < BylineZone && BylineLines.IsByline(line)) return SentenceKind.Byline;
        if (BylineLines.IsCreditLine(line)) return SentenceKind.Byline;
        if (DateOnlyLines.IsDateOnly(text, start, end)) return SentenceKind.Dateline;
        return SentenceKind.Body;
    }

    /// <summary>Second pass over a finished paragraph; <paramref name="firstLineNumber"/> counts non-blank lines before it.</summary>
    public void Refine(List<TextLine> paragraph, int firstLineNumber)
    {
        for (var k = 0; k < paragraph.Count; k++)
        {
            var line = paragraph[k];
            var span = line.In(text);
            var previous = k > 0 ? paragraph[k - 1] : default;
            if (k > 0 && previous.Kind == SentenceKind.Body && IsWrappedIntoSpecial(line, span, previous.In(text)))
                paragraph[k] = line.As(SentenceKind.Body);
            else if (line.Kind == SentenceKind.Body && IsHeading(paragraph, k, span, firstLineNumber + k))
                paragraph[k] = line.As(SentenceKind.Headline);
        }
    }

    /// <summary>
    /// A line that looked like a date, byline or numbered item but follows running text cut off mid-clause is the
    /// continuation of a hard-wrapped paragraph: "...fighting resumed on\n6 November 2024."
    /// </summary>
    private static bool IsWrappedIntoSpecial(TextLine line, ReadOnlySpan<char> span, ReadOnlySpan<char> previous)
    {
        var suspicious = line.Kind switch
        {
            SentenceKind.Dateline or SentenceKind.Byline => true,
            SentenceKind.ListItem => LineShapes.HasNumericListMarker(span),
            _ => false,
        };
        return suspicious && LineShapes.EndsMidClause(previous);
    }

    private bool IsHeading(List<TextLine> paragraph, int k, ReadOnlySpan<char> span, int lineNumber)
    {
        var alone = paragraph.Count == 1;
        if (lineNumber == 0 && IsHeadlineOfDocument(paragraph, span)) return true;
        if (LineShapes.IsCapsHeading(span) && (alone || (k == 0 && !LineShapes.IsAllCaps(paragraph[1].In(text))))) return true;
        return alone && LineShapes.IsSubheading(span);
    }

    /// <summary>
    /// The first line is the headline when it has no final punctuation and the document has a title or a byline or
    /// date follows it directly. Without either, a lone first line must look like a sub-heading (see <see cref="IsHeading"/>).
    /// </summary>
    private bool IsHeadlineOfDocument(List<TextLine> paragraph, ReadOnlySpan<char> span)
    {
        if (span.Length > MaxHeadlineLength || LineShapes.EndsLikeSentence(span)) return false;
        if (trimmedTitle is not null) return true;
        return paragraph.Count > 1 && paragraph[1].Kind is SentenceKind.Byline or SentenceKind.Dateline;
    }

    /// <summary>Index of the reader-supplied caption overlapping [start, end), or -1. Lines arrive in text order.</summary>
    private int CaptionAt(int start, int end)
    {
        while (captionCursor < captions.Length && captions[captionCursor].End <= start) captionCursor++;
        return captionCursor < captions.Length && captions[captionCursor].Start < end ? captionCursor : -1;
    }
}
