using Microsoft.AspNetCore.Http;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>/documents — every stored document, newest first, by outlet or title words.</summary>
internal static class DocumentsPage
{
    public static PageWriter Render(Dashboard d, HttpRequest request)
    {
        var outlet = QueryParameters.Text(request.Query, "outlet");
        var q = QueryParameters.Text(request.Query, "q");
        var paging = QueryParameters.Paging(request.Query);
        var documents = d.Browser.Documents(outlet, q, paging);
        var page = new PageWriter("Documents", "documents");
        page.Heading("Documents");
        page.Open("form", ("class", "filters"), ("method", "get"), ("action", "/documents"));
        FilterForm.Input(page, "q", "Title", q, "words in the title");
        FilterForm.Select(page, "outlet", "Outlet", outlet, [("", "any"), .. d.Browser.Outlets().Select(o => (o.Name, o.Name))]);
        page.Element("button", "Apply", ("type", "submit")).Link("/documents", "Clear", "clear").Close("form");

        Pager.Write(page, request, documents.Total, paging);
        page.Open("table", ("id", "documents")).Open("thead").Open("tr");
        foreach (var h in new[] { "Published", "Title", "Outlet", "Sentences", "Events", "Claims" }) page.Element("th", h);
        page.Close("tr").Close("thead").Open("tbody");
        foreach (var x in documents.Items)
        {
            page.Open("tr", ("class", "document"), ("data-document-id", x.Id));
            page.Element("td", x.Published is { Length: >= 10 } p ? p[..10] : "undated");
            page.Open("td").Link(Links.Document(x.Id), x.Title ?? Path.GetFileName(x.Path)).Close("td");
            page.Element("td", x.Outlet ?? "").Element("td", Pager.N(x.Sentences)).Element("td", Pager.N(x.Events)).Element("td", Pager.N(x.Claims));
            page.Close("tr");
        }
        page.Close("tbody").Close("table");
        return page;
    }
}
