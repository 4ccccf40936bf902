namespace Sitrep.Domain;

/// <summary>
/// One news article, normalised to plain text. All offsets elsewhere point into <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    /// <summary>Stable id: a hash of the normalised text, so re-ingesting the same article changes nothing.</summary>
    public required string Id { get; init; }

    /// <summary>Where it came from: a file path, "path#line" for JSONL, "path#item" for feeds, or "-" for stdin.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The article as normalised plain text with '\n' line breaks: the headline first (when known) followed by a
    /// blank line, then the body with paragraphs separated by blank lines.
    /// </summary>
    public required string Text { get; init; }

    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }

    /// <summary>Publication time when known. Dates in the text are resolved against it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Input format the document was read from.</summary>
    public DocumentFormat Format { get; init; }

    /// <summary>Offsets of lines that are photo captions (and similar non-body lines) in <see cref="Text"/>, as found by the reader.</summary>
    public IReadOnlyList<TextSpan> Captions { get; init; } = [];
}

public enum DocumentFormat { Text, Markdown, Html, Json, JsonLines, Feed, Stdin }
