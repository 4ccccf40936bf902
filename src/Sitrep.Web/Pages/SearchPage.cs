using Microsoft.AspNetCore.Http;
using Sitrep.Store.Browsing;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>/search — full-text search over sentences; each hit links to its sentence in the document.</summary>
internal static class SearchPage
{
    public static IResult Render(Dashboard d, HttpRequest request)
    {
        var q = QueryParameters.Text(request.Query, "q");
        var paging = QueryParameters.Paging(request.Query);
        var page = new PageWriter("Search", "search");
        page.Heading("Search");
        page.Open("form", ("class", "filters"), ("method", "get"), ("action", "/search"), ("role", "search"));
        FilterForm.Input(page, "q", "Words", q, "kursk, \"north korean troops\", shell*", "search");
        page.Element("button", "Search", ("type", "submit")).Close("form");
        page.Paragraph("Words must all occur; use \"quotes\" for phrases, OR and NOT between words, * after a prefix.", "hint");
        if (q is null) return PageResults.Html(page);

        Page<SearchHit> hits;
        try
        {
            hits = d.Browser.Search(q, paging);
        }
        catch (BadQueryException e)
        {
            page.Paragraph(e.Message, "error");
            return PageResults.Html(page, StatusCodes.Status400BadRequest);
        }
        Pager.Write(page, request, hits.Total, paging);
        page.Open("ol", ("class", "hits"), ("start", (paging.Offset + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var h in hits.Items)
        {
            page.Open("li", ("class", "hit")).Open("a", ("href", Links.Sentence(h.DocumentId, h.SentenceIndex)), ("class", "source-link"));
            foreach (var piece in h.Snippet.Pieces)
            {
                if (piece.Match) page.Element("mark", piece.Text);
                else page.Text(piece.Text);
            }
            page.Close("a").Element("span", $" {h.Title ?? h.DocumentId} · {h.Outlet ?? "no outlet"} · {(h.Published is { Length: >= 10 } p ? p[..10] : "undated")}", ("class", "meta"));
            page.Close("li");
        }
        page.Close("ol");
        return PageResults.Html(page);
    }
}
