namespace Sitrep.Domain;

/// <summary>Where a datum was read: document, sentence and character span. Nothing in Sitrep exists without one.</summary>
public readonly record struct Provenance(string DocumentId, int Sentence, TextSpan Span);
