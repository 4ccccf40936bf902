using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;
using Sitrep.Domain;
using Sitrep.Ingest.Drafts;
using Sitrep.Ingest.Metadata;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// RSS and Atom feeds: every item is a document ("path#index", 0-based) with the feed's title as outlet.
/// The text is the full content (content:encoded, Atom content) when the feed carries it, else the description
/// or summary, converted from HTML.
/// </summary>
internal static class FeedDocumentReader
{
    public static IEnumerable<IngestItem> Read(string xml, string path, DocumentFormat format)
    {
        var (feed, failure) = Parse(xml, path);
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }
        if (feed!.Items.Count == 0)
        {
            yield return Origin.Whole(path).Fail("feed has no items");
            yield break;
        }
        var index = 0;
        foreach (var item in feed.Items)
        {
            yield return ReadItem(item, feed.Title, new Origin(path, null, $"{path}#{index}"), index, format);
            index++;
        }
    }

    private static (Feed? Feed, IngestFailed? Failure) Parse(string xml, string path)
    {
        try
        {
            var feed = FeedReader.ReadFromString(xml);
            return feed.Type == FeedType.Unknown
                ? (null, Origin.Whole(path).Fail("not an RSS or Atom feed"))
                : (feed, null);
        }
        catch (XmlException e)
        {
            return (null, new Origin(path, e.LineNumber > 0 ? e.LineNumber : null, path).Fail($"invalid XML: {XmlReason(e)}"));
        }
        catch (FeedTypeNotSupportedException)
        {
            return (null, Origin.Whole(path).Fail("not an RSS or Atom feed"));
        }
    }

    private static IngestItem ReadItem(FeedItem item, string? outlet, Origin origin, int index, DocumentFormat format)
    {
        var html = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description;
        if (string.IsNullOrWhiteSpace(html)) return origin.Fail($"feed item {index} has no text");

        var (text, captions) = HtmlText.Convert(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!);
        if (string.IsNullOrWhiteSpace(text)) return origin.Fail($"feed item {index} has no text");

        var metadata = new ArticleMetadata(
            Title: PlainTitle(item.Title),
            Outlet: outlet,
            Author: Author(item),
            Url: item.Link,
            Published: DateText.ParseValue(item.PublishingDateString)
                ?? (item.PublishingDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null));
        return DocumentAssembler.Assemble(new DocumentDraft(origin, format, text) { Metadata = metadata, Captions = captions });
    }

    /// <summary>RSS authors are often "desk@outlet.example (Jane Doe)"; Dublin Core creator is the usual alternative.</summary>
    private static string? Author(FeedItem item)
    {
        var author = item.Author;
        if (string.IsNullOrWhiteSpace(author))
        {
            author = item.SpecificItem switch
            {
                Rss20FeedItem rss20 => rss20.DC?.Creator,
                Rss10FeedItem rss10 => rss10.DC?.Creator,
                _ => null,
            };
        }
        if (author is null) return null;
        var open = author.IndexOf('(');
        if (author.Contains('@') && open > 0 && author.EndsWith(')')) return author[(open + 1)..^1];
        return author;
    }

    private static string? PlainTitle(string? title) =>
        title is not null && title.Contains('<')
            ? HtmlText.Collapse(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(title).Body?.TextContent ?? "")
            : title;

    private static string XmlReason(XmlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }
}
