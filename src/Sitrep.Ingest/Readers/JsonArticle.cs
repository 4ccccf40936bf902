using System.Text.Json;
using Sitrep.Domain;
using Sitrep.Ingest.Drafts;
using Sitrep.Ingest.Metadata;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// One article as a JSON object, in the field names scrapers and news APIs use (news-please, NewsAPI, GDELT-style
/// dumps): title; text|maintext|content|body|article; date_publish|published|date|publish_date|pubDate;
/// source_domain|outlet|source|site_name|publisher; url; authors (array)|author. Names match case-insensitively.
/// </summary>
internal static class JsonArticle
{
    private const long MaxUnixMilliseconds = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

    private static readonly string[] TextFields = ["text", "maintext", "content", "body", "article"];
    private static readonly string[] DateFields = ["date_publish", "published", "date", "publish_date", "pubDate", "datePublished"];
    private static readonly string[] OutletFields = ["source_domain", "outlet", "source", "site_name", "publisher"];

    public static IngestItem Read(JsonElement element, Origin origin, DocumentFormat format)
    {
        if (element.ValueKind != JsonValueKind.Object) return origin.Fail($"expected a JSON object, found {Describe(element.ValueKind)}");

        var text = First(element, TextFields, out var textField);
        if (text is null) return origin.Fail("no article text (expected a string field text, maintext, content, body or article)");
        if (string.IsNullOrWhiteSpace(text)) return origin.Fail($"field '{textField}' is empty");

        IReadOnlyList<string> captions = [];
        if (LooksLikeHtml(text))
        {
            var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text);
            (text, captions) = HtmlText.Convert(fragment.Body!);
        }

        var metadata = new ArticleMetadata(
            Title: Property(element, "title") is { ValueKind: JsonValueKind.String } title ? title.GetString() : null,
            Outlet: FirstName(element, OutletFields),
            Author: Authors(element),
            Url: Property(element, "url") is { ValueKind: JsonValueKind.String } url ? url.GetString() : null,
            Published: Published(element));
        return DocumentAssembler.Assemble(new DocumentDraft(origin, format, text) { Metadata = metadata, Captions = captions });
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
                return property.Value;
        return null;
    }

    private static string? First(JsonElement element, string[] names, out string? field)
    {
        foreach (var name in names)
        {
            if (Property(element, name) is not { ValueKind: JsonValueKind.String } value) continue;
            field = name;
            return value.GetString();
        }
        field = null;
        return null;
    }

    /// <summary>A name as a string or as an object with "name" (NewsAPI's "source": {"id", "name"}).</summary>
    private static string? FirstName(JsonElement element, string[] names)
    {
        foreach (var name in names)
        {
            switch (Property(element, name))
            {
                case { ValueKind: JsonValueKind.String } s when !string.IsNullOrWhiteSpace(s.GetString()):
                    return s.GetString();
                case { ValueKind: JsonValueKind.Object } o when Property(o, "name") is { ValueKind: JsonValueKind.String } n:
                    return n.GetString();
            }
        }
        return null;
    }

    private static string? Authors(JsonElement element)
    {
        if (Property(element, "authors") is { ValueKind: JsonValueKind.Array } list)
        {
            var names = list.EnumerateArray()
                .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()
                    : a.ValueKind == JsonValueKind.Object && Property(a, "name") is { ValueKind: JsonValueKind.String } n ? n.GetString() : null)
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .ToList();
            if (names.Count > 0) return string.Join(", ", names);
        }
        return FirstName(element, ["author", "authors", "byline"]);
    }

    private static DateTimeOffset? Published(JsonElement element)
    {
        foreach (var name in DateFields)
        {
            switch (Property(element, name))
            {
                case { ValueKind: JsonValueKind.String } s when DateText.ParseValue(s.GetString()) is { } parsed:
                    return parsed;
                case { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var epoch) && epoch is > 0 and < MaxUnixMilliseconds:
                    // Unix time; values too large for seconds in this era are milliseconds.
                    return epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            }
        }
        return null;
    }

    private static bool LooksLikeHtml(string text) =>
        text.Contains("</p>", StringComparison.OrdinalIgnoreCase) || text.Contains("<p>", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<br", StringComparison.OrdinalIgnoreCase) || text.Contains("</div>", StringComparison.OrdinalIgnoreCase);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
