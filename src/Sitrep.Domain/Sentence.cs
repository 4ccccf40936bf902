namespace Sitrep.Domain;

/// <summary>A sentence of a document: its index within the document and its span in the document text.</summary>
public readonly record struct Sentence(int Index, TextSpan Span, SentenceKind Kind)
{
    public string TextOf(Document doc) => Span.Slice(doc.Text);
}

/// <summary>
/// What a line of news is. Headlines, bylines and captions are kept (analysts want them) but marked,
/// so later stages can weigh them differently.
/// </summary>
public enum SentenceKind { Body, Headline, Byline, Caption, ListItem, Dateline }
