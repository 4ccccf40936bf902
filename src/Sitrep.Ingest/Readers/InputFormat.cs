using Sitrep.Domain;

namespace Sitrep.Ingest.Readers;

/// <summary>The readable file types, by extension.</summary>
internal static class InputFormat
{
    public static DocumentFormat? ForExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => DocumentFormat.Text,
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
        ".json" => DocumentFormat.Json,
        ".jsonl" or ".ndjson" => DocumentFormat.JsonLines,
        ".rss" or ".atom" or ".xml" => DocumentFormat.Feed,
        _ => null,
    };
}
