using AngleSharp.Html.Parser;
using Sitrep.Domain;
using Sitrep.Ingest.Drafts;
using Sitrep.Ingest.Metadata;
using SmartReader;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// A news web page: SmartReader finds the story, AngleSharp reads declared metadata and captions, and the
/// story HTML becomes paragraphs. Page furniture is removed before extraction.
/// </summary>
internal static class HtmlReader
{
    public static IngestItem Read(string html, Origin origin, DocumentFormat format, string fallbackUrl)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(html);
        var declared = HtmlMetadata.Read(page);
        HtmlBoilerplate.Remove(page);
        var domCaptions = FigureCaptions.Collect(page);
        // Taken before SmartReader rewrites the DOM, for pages too thin for it to find a story in.
        var wholePage = HtmlText.Convert(page.Body ?? (AngleSharp.Dom.INode)page);

        Article article;
        using (var reader = new Reader(declared.Url ?? fallbackUrl, page))
            article = reader.GetArticle();

        var story = string.IsNullOrWhiteSpace(article.Content)
            ? wholePage
            : HtmlText.Convert(parser.ParseDocument(article.Content).Body!);
        var (text, captions) = string.IsNullOrWhiteSpace(story.Text) ? wholePage : story;
        if (string.IsNullOrWhiteSpace(text)) return origin.Fail("no article text found in the HTML");

        var present = new HashSet<string>(captions, StringComparer.Ordinal);
        text = FigureCaptions.Restore(text, present, domCaptions);

        return DocumentAssembler.Assemble(new DocumentDraft(origin, format, text)
        {
            Metadata = declared.Or(Guessed(article)),
            Captions = [.. present],
        });
    }

    /// <summary>SmartReader's own findings, used only where the page declares nothing.</summary>
    private static ArticleMetadata Guessed(Article article)
    {
        var author = article.Author;
        if (string.IsNullOrWhiteSpace(author) && article.Byline is { } byline && Byline.TryParse(byline, out var parsed))
            author = parsed.Author;
        DateTimeOffset? published = article.PublicationDate is { } date && date != default
            ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))
            : null;
        return new ArticleMetadata(article.Title, article.SiteName, author, null, published);
    }
}
