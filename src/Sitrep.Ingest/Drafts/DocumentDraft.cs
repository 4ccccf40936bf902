using Sitrep.Domain;
using Sitrep.Ingest.Metadata;

namespace Sitrep.Ingest.Drafts;

/// <summary>A reader's raw result: body text as extracted, metadata, and caption texts the markup identified.</summary>
internal sealed record DocumentDraft(Origin Origin, DocumentFormat Format, string Body)
{
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.None;

    /// <summary>Caption texts known from markup (e.g. HTML figcaption), as extracted.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];
}
