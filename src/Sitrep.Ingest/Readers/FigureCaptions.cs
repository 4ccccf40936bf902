using AngleSharp.Dom;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// Photo captions straight from the page DOM, with the paragraph each follows, so captions that readability
/// extraction dropped can be put back in place.
/// </summary>
internal static class FigureCaptions
{
    public sealed record Found(string Caption, string? After);

    /// <summary>Figcaptions in the story (the single article or main element, else the body), in page order.</summary>
    public static List<Found> Collect(IDocument document)
    {
        var found = new List<Found>();
        var region = StoryRegion(document);
        if (region is null) return found;
        string? lastParagraph = null;
        foreach (var element in region.QuerySelectorAll("p, figcaption"))
        {
            var text = HtmlText.Collapse(element.TextContent);
            if (text.Length == 0) continue;
            if (element.LocalName == "figcaption") found.Add(new Found(text, lastParagraph));
            else if (element.Closest("figcaption") is null) lastParagraph = text;
        }
        return found;
    }

    /// <summary>Inserts each caption missing from the text after the paragraph it followed on the page (else first).</summary>
    public static string Restore(string text, ICollection<string> present, IEnumerable<Found> found)
    {
        foreach (var (caption, after) in found)
        {
            if (present.Contains(caption) || text.Contains(caption, StringComparison.Ordinal)) continue;
            var anchor = after is null ? -1 : text.IndexOf(after, StringComparison.Ordinal);
            if (anchor < 0)
            {
                text = caption + "\n\n" + text;
            }
            else
            {
                var end = text.IndexOf("\n\n", anchor + after!.Length, StringComparison.Ordinal);
                if (end < 0) end = text.Length;
                text = string.Concat(text.AsSpan(0, end), "\n\n", caption, text.AsSpan(end));
            }
            present.Add(caption);
        }
        return text;
    }

    private static IElement? StoryRegion(IDocument document)
    {
        var articles = document.QuerySelectorAll("article");
        if (articles.Length == 1) return articles[0];
        return document.QuerySelector("main") ?? document.Body;
    }
}
