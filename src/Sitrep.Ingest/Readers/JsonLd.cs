using System.Text.Json;
using AngleSharp.Dom;
using Sitrep.Ingest.Metadata;

namespace Sitrep.Ingest.Readers;

/// <summary>Metadata from a page's JSON-LD: the first NewsArticle/Article-like object (also inside @graph or arrays).</summary>
internal static class JsonLd
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "BlogPosting", "LiveBlogPosting"];

    public static ArticleMetadata Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } article) return FromArticle(article);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common in the wild; the meta tags still count.
            }
        }
        return ArticleMetadata.None;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (FindArticle(item) is { } found) return found;
                return null;
            case JsonValueKind.Object:
                if (IsArticle(element)) return element;
                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(type.GetString());
        return type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()));
    }

    private static ArticleMetadata FromArticle(JsonElement article) => new(
        Title: String(article, "headline") ?? String(article, "name"),
        Outlet: Name(article, "publisher"),
        Author: Name(article, "author"),
        Url: HtmlMetadata.AbsoluteHttp(String(article, "url")),
        Published: DateText.ParseValue(String(article, "datePublished")));

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A name given as a string, an object with "name", or an array of either (joined with ", ").</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value)) return null;
        var names = new List<string>();
        Collect(value, names);
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static void Collect(JsonElement value, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                names.Add(value.GetString()!.Trim());
                break;
            case JsonValueKind.Object when value.TryGetProperty("name", out var name):
                Collect(name, names);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray()) Collect(item, names);
                break;
        }
    }
}
