using Sitrep.Domain;

namespace Sitrep.Ingest;

/// <summary>What reading yields, one at a time: a document, or the reason an input could not become one.</summary>
public abstract record IngestItem;

/// <summary>A document read and normalised.</summary>
public sealed record IngestedDocument(Document Document) : IngestItem;

/// <summary>An input that could not be read; reported as data so the rest of the batch proceeds.</summary>
public sealed record IngestFailed(IngestFailure Failure) : IngestItem;
