using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Splits a document into sentences with offsets into its text. Paragraphs ("\n\n") are hard limits; single
/// newlines inside a paragraph are wrapping, except around headlines, bylines, date lines, captions and list items,
/// which are recognised per line and kept as sentences of their own kind.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Split(document.Text, document.Title, document.Captions);
    }

    /// <param name="text">Document text: optional title line, then paragraphs separated by blank lines.</param>
    /// <param name="title">The document title, if known; a first line equal to it is the headline.</param>
    /// <param name="captions">Spans of caption lines found by the reader.</param>
    public static IReadOnlyList<Sentence> Split(string text, string? title = null, IReadOnlyList<TextSpan>? captions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(text.Length / 100 + 1);
        var classifier = new LineClassifier(text, title, SortedCaptions(captions));
        var paragraph = new List<TextLine>();
        var lineNumber = 0;
        var position = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', position);
            var lineEnd = newline < 0 ? text.Length : newline;
            var start = SentenceChars.SkipSpace(text, position, lineEnd);
            var end = SentenceChars.TrimEnd(text, start, lineEnd);
            if (start == end)
                lineNumber += FlushParagraph(text, classifier, paragraph, lineNumber, sentences);
            else
                paragraph.Add(classifier.Classify(start, end, lineNumber + paragraph.Count));
            if (newline < 0) break;
            position = newline + 1;
        }
        FlushParagraph(text, classifier, paragraph, lineNumber, sentences);
        return sentences;
    }

    /// <summary>Classifies and splits a finished paragraph; returns how many lines it had.</summary>
    private static int FlushParagraph(string text, LineClassifier classifier, List<TextLine> paragraph, int firstLineNumber, List<Sentence> into)
    {
        var count = paragraph.Count;
        if (count == 0) return 0;
        classifier.Refine(paragraph, firstLineNumber);
        ParagraphUnits.Split(text, paragraph, into);
        paragraph.Clear();
        return count;
    }

    private static TextSpan[] SortedCaptions(IReadOnlyList<TextSpan>? captions)
    {
        if (captions is null || captions.Count == 0) return [];
        var sorted = captions.Where(c => c.Length > 0).ToArray();
        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        return sorted;
    }
}
