using AngleSharp.Dom;
using Sitrep.Ingest.Metadata;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// Article metadata declared by the page itself: JSON-LD (NewsArticle and kin) first, then Open Graph and
/// article meta tags, then the canonical link. Declared values beat anything guessed from the layout.
/// </summary>
internal static class HtmlMetadata
{
    public static ArticleMetadata Read(IDocument document) => JsonLd.Read(document).Or(FromMetaTags(document));

    private static ArticleMetadata FromMetaTags(IDocument document)
    {
        var author = Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "dc.creator");
        // article:author is often a profile URL rather than a name.
        if (author is not null && Uri.TryCreate(author, UriKind.Absolute, out var asUri) && asUri.Scheme.StartsWith("http", StringComparison.Ordinal))
            author = null;
        var canonical = document.QuerySelector("link[rel~='canonical'][href]")?.GetAttribute("href");

        return new ArticleMetadata(
            Title: Meta(document, "og:title") ?? Meta(document, "twitter:title"),
            Outlet: Meta(document, "og:site_name") ?? Meta(document, "application-name"),
            Author: author,
            Url: AbsoluteHttp(canonical) ?? AbsoluteHttp(Meta(document, "og:url")),
            Published: DateText.ParseValue(
                Meta(document, "article:published_time") ?? Meta(document, "datePublished")
                ?? Meta(document, "pubdate") ?? Meta(document, "date") ?? Meta(document, "dc.date")));
    }

    /// <summary>The content of a meta tag matched by property, name or itemprop (case-insensitively).</summary>
    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is null || !name.Equals(key, StringComparison.OrdinalIgnoreCase)) continue;
            var content = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
        }
        return null;
    }

    public static string? AbsoluteHttp(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri
            : null;
}
