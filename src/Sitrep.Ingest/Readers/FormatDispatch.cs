using Sitrep.Domain;
using Sitrep.Ingest.Drafts;

namespace Sitrep.Ingest.Readers;

/// <summary>Hands decoded text to the reader for its format.</summary>
internal static class FormatDispatch
{
    /// <param name="content">The decoded text.</param>
    /// <param name="path">The path failures name and documents record ("-" for stdin).</param>
    /// <param name="parse">Which reader to use.</param>
    /// <param name="recorded">The format documents record (Stdin for standard input).</param>
    /// <param name="fileUrl">A URL for the page when it declares none (SmartReader needs one).</param>
    public static IEnumerable<IngestItem> Read(string content, string path, DocumentFormat parse, DocumentFormat recorded, string fileUrl) =>
        parse switch
        {
            DocumentFormat.Text => [PlainTextReader.Read(content, Origin.Whole(path), recorded, markdown: false)],
            DocumentFormat.Markdown => [PlainTextReader.Read(content, Origin.Whole(path), recorded, markdown: true)],
            DocumentFormat.Html => [HtmlReader.Read(content, Origin.Whole(path), recorded, fileUrl)],
            DocumentFormat.Json => JsonReader.ReadJson(content, path, recorded),
            DocumentFormat.JsonLines => JsonReader.ReadJsonLines(content, path, recorded),
            DocumentFormat.Feed => FeedDocumentReader.Read(content, path, recorded),
            _ => [Origin.Whole(path).Fail($"unsupported input format {parse}")],
        };
}
