using Sitrep.Domain;
using Sitrep.Ingest.Drafts;
using Sitrep.Ingest.Metadata;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// .txt and .md articles: optional YAML front matter, Markdown syntax stripped for .md, and metadata the front
/// matter does not give inferred from the top lines (headline, byline, date line, dateline).
/// </summary>
internal static class PlainTextReader
{
    public static IngestItem Read(string content, Origin origin, DocumentFormat format, bool markdown)
    {
        var split = FrontMatter.Split(content);
        if (split.Failed) return new Origin(origin.File, split.ErrorLine, origin.DocumentPath).Fail(split.Error!);

        var body = TextNormalizer.Normalize(markdown ? MarkdownText.Strip(split.Body) : split.Body);
        if (body.Length == 0) return origin.Fail("article has no text");
        var declared = split.Metadata ?? ArticleMetadata.None;
        return DocumentAssembler.Assemble(new DocumentDraft(origin, format, body)
        {
            Metadata = declared.Or(MetadataInference.Infer(body)),
        });
    }
}
