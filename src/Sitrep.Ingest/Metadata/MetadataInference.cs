using Sitrep.Ingest.Drafts;

namespace Sitrep.Ingest.Metadata;

/// <summary>
/// Guesses title, author, outlet and date from the top of a plain-text article, the way a reader would:
/// a headline first line, a "By …" byline, a date line, a "KYIV (Outlet) —" dateline. The lines stay in the text.
/// </summary>
internal static class MetadataInference
{
    /// <summary>How far down the metadata lines may be: past headline, byline, date and the first paragraph, no further.</summary>
    private const int TopLines = 8;

    private const int MaxHeadlineLength = 200;

    public static ArticleMetadata Infer(string normalisedText)
    {
        string? title = null, author = null, bylineOutlet = null, datelineOutlet = null;
        DateTimeOffset? published = null, bylineDate = null;

        var seen = 0;
        foreach (var span in Lines.Of(normalisedText))
        {
            var line = normalisedText.AsSpan(span.Start, span.Length);
            if (line.IsWhiteSpace()) continue;
            var isFirst = seen++ == 0;
            if (seen > TopLines) break;

            if (author is null && Byline.TryParse(line, out var byline))
            {
                author = byline.Author;
                bylineOutlet = byline.Outlet;
                bylineDate = byline.Published;
                continue;
            }
            if (published is null && DateText.TryParseDateLine(line, out var date))
            {
                published = date;
                continue;
            }
            if (datelineOutlet is null && Dateline.TryReadOutlet(line, out var fromDateline))
            {
                datelineOutlet = fromDateline;
                continue;
            }
            if (isFirst && LooksLikeHeadline(line)) title = line.ToString();
        }

        return new ArticleMetadata(title, bylineOutlet ?? datelineOutlet, author, null, published ?? bylineDate);
    }

    /// <summary>A headline is short and does not end like a sentence; list items and captions are not headlines.</summary>
    private static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is 0 or >= MaxHeadlineLength) return false;
        if (line[^1] is '.' or ',' or ';' or ':') return false;
        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal)
            || line.StartsWith("* ", StringComparison.Ordinal)) return false;
        if (CaptionLines.IsCaption(line)) return false;
        foreach (var c in line)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
