using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>One non-blank line of a paragraph, trimmed, with what it was recognised as.</summary>
/// <param name="CaptionId">Index of the reader-supplied caption span it lies in, or -1.</param>
internal readonly record struct TextLine(int Start, int End, SentenceKind Kind, int CaptionId)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public TextLine As(SentenceKind kind) => this with { Kind = kind };
}
