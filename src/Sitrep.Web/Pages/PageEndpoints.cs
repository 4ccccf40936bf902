using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>The server-rendered pages; each works without JavaScript, the client scripts only add charts.</summary>
internal static class PageEndpoints
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (Dashboard d) => PageResults.Html(OverviewPage.Render(d)));
        app.MapGet("/timeline", (HttpRequest r, Dashboard d) => PageResults.Html(TimelinePage.Render(d, r)));
        app.MapGet("/network", (HttpRequest r, Dashboard d) => PageResults.Html(NetworkPage.Render(d, r)));
        app.MapGet("/claims", (HttpRequest r, Dashboard d) => PageResults.Html(ClaimsPage.Render(d, r)));
        app.MapGet("/escalation", (HttpRequest r, Dashboard d) => PageResults.Html(EscalationPage.Render(d, r)));
        app.MapGet("/documents", (HttpRequest r, Dashboard d) => PageResults.Html(DocumentsPage.Render(d, r)));
        app.MapGet("/documents/{id}", (string id, Dashboard d) => PageResults.Html(DocumentPage.Render(d, id)));
        app.MapGet("/search", (HttpRequest r, Dashboard d) => SearchPage.Render(d, r));
        app.MapFallback((HttpContext c) =>
        {
            var page = new PageWriter("Not found", "error");
            page.Heading("Not found");
            page.Paragraph($"There is no page at {c.Request.Path}.");
            return PageResults.Html(page, StatusCodes.Status404NotFound);
        });
    }
}
