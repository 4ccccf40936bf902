using Sitrep.Domain;

namespace Sitrep.Text;

public static partial class SentenceSplitter
{
    /// <summary>
    /// The wire dateline that opens a body sentence at the start of a line, without its dash:
    /// "KYIV, Ukraine (Baltic Wire)" for "KYIV, Ukraine (Baltic Wire) — Russian forces…"; null when there is none.
    /// </summary>
    public static TextSpan? DatelineOf(string text, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sentence.Kind != SentenceKind.Body) return null;
        var start = sentence.Span.Start;
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
        if (lineStart > 0 && text[lineStart - 1] != '\n') return null;
        return PlaceDateline.TryFind(text, start, sentence.Span.End, out var place, out _) ? place : null;
    }
}
