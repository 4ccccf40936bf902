namespace Sitrep.Store.Browsing;

/// <summary>
/// One event as a browsing page lists it: codes as "PRK/MIL" strings, the outlet and title of its document, the
/// sentence it was read from and the trigger's place in the document text.
/// </summary>
public sealed record EventRow(
    string Id, string DocumentId, int SentenceIndex, string? Date, string Type, string? Mode, string? Cameo,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, bool Hedged, bool Negated,
    string? Outlet, string? Title, int TriggerStart, int TriggerEnd, string Text, string Sentence);

/// <summary>One reported figure as a browsing page lists it.</summary>
public sealed record ClaimRow(
    string Id, string DocumentId, int SentenceIndex, string? Date, string Subject, string? Actor,
    double? Value, double? Low, double? High, string? Unit, string? Qualifier, string? Attribution, bool Hedged,
    string? Outlet, string? Title, int Start, int End, string Text, string Sentence);

/// <summary>A document in a list: metadata and how much was coded from it.</summary>
public sealed record DocumentRow(
    string Id, string? Title, string? Outlet, string? Published, string Path, int Sentences, int Events, int Claims);

/// <summary>A sentence that matched a full-text search, with the matched words marked in <see cref="Snippet"/>.</summary>
public sealed record SearchHit(string DocumentId, int SentenceIndex, string? Title, string? Outlet, string? Published, SearchSnippet Snippet);

/// <summary>
/// A snippet as plain text pieces, alternating unmatched and matched, so a page can encode each piece and mark the
/// matches itself: no markup from the database ever reaches a page.
/// </summary>
public sealed record SearchSnippet(IReadOnlyList<SnippetPiece> Pieces)
{
    public string PlainText => string.Concat(Pieces.Select(p => p.Text));
}

public sealed record SnippetPiece(string Text, bool Match);
