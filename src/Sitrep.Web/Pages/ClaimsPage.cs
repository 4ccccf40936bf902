using Microsoft.AspNetCore.Http;
using Sitrep.Store.Browsing;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>
/// /claims — reconciled groups side by side: each source's figure, qualifier and attribution, conflicts and
/// single-source figures highlighted; then every claim, paged.
/// </summary>
internal static class ClaimsPage
{
    private const string ClaimsPageParameter = "claimsPage";

    public static PageWriter Render(Dashboard d, HttpRequest request)
    {
        var status = QueryParameters.Status(request.Query);
        var paging = QueryParameters.Paging(request.Query);
        var groups = d.Browser.Reconciled(status, paging);
        var claimPaging = ClaimPaging(request);
        var claims = d.Browser.Claims(EventFilter.None, claimPaging);

        var page = new PageWriter("Claims", "claims");
        page.Heading("Claims");
        page.Open("nav", ("class", "status-filter")).Text("Show: ");
        page.Link("/claims", "all", status is null ? "current" : null);
        foreach (var s in new[] { "conflict", "single-source", "consistent" })
            page.Text(" · ").Link(Links.WithQuery("/claims", ("status", s)), s, status is not null && Scoring.StatusName(status.Value.ToString()) == s ? "current" : null);
        page.Close("nav");

        page.Element("h2", "Reconciled figures");
        Pager.Write(page, request, groups.Total, paging);
        page.Open("table", ("id", "reconciled")).Open("thead").Open("tr");
        foreach (var h in new[] { "What", "Status", "Outlet", "Figure", "Qualifier", "Attribution", "Date", "Source" }) page.Element("th", h);
        page.Close("tr").Close("thead");
        foreach (var g in groups.Items.Select(ApiEndpoints.Reconciled))
        {
            page.Open("tbody", ("class", "group " + g.Status), ("data-group-id", g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var what = $"{g.Actor ?? "?"} · {g.Measure ?? g.Key}{(g.Place is null ? "" : " · " + g.Place)}{(g.Series ? " (series)" : "")}";
            for (var i = 0; i < g.Members.Count; i++)
            {
                var m = g.Members[i];
                page.Open("tr", ("class", "claim " + g.Status), ("data-claim-id", m.ClaimId));
                if (i == 0)
                {
                    var span = g.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    page.Element("td", what, ("rowspan", span), ("class", "what"));
                    page.Element("td", $"{g.Status} ({g.Sources} source{(g.Sources == 1 ? "" : "s")})", ("rowspan", span), ("class", "status"));
                }
                page.Element("td", m.Outlet ?? "(no outlet)").Element("td", m.Figure, ("class", "figure"))
                    .Element("td", m.Qualifier ?? "").Element("td", m.Attribution ?? "unattributed").Element("td", m.Date ?? "");
                page.Open("td");
                if (m.Link is not null) page.Link(m.Link, "sentence", "source-link");
                page.Close("td").Close("tr");
            }
            if (g.MemberCount > g.Members.Count)
                page.Open("tr", ("class", "more")).Element("td", $"and {g.MemberCount - g.Members.Count} more reports of this figure", ("colspan", "8")).Close("tr");
            page.Close("tbody");
        }
        page.Close("table");

        page.Element("h2", "All claims");
        Pager.Write(page, request, claims.Total, claimPaging, ClaimsPageParameter);
        Table(page, claims.Items);
        return page;
    }

    /// <summary>Claim rows: <c>&lt;tr class="claim" data-claim-id&gt;</c> with a source link to the highlighted claim.</summary>
    public static void Table(HtmlBuilder page, IReadOnlyList<ClaimRow> claims)
    {
        page.Open("table", ("class", "claims")).Open("thead").Open("tr");
        foreach (var h in new[] { "Date", "Counts", "Figure", "Whose", "Attribution", "Source", "Sentence" }) page.Element("th", h);
        page.Close("tr").Close("thead").Open("tbody");
        foreach (var c in claims.Select(ClaimJson.From))
        {
            page.Open("tr", ("class", "claim"), ("data-claim-id", c.Id));
            page.Element("td", c.Date ?? "undated").Element("td", c.Subject).Element("td", c.Figure, ("class", "figure"))
                .Element("td", c.Actor ?? "").Element("td", c.Attribution ?? "").Element("td", c.Outlet ?? c.Title ?? c.DocumentId);
            page.Open("td", ("class", "text")).Link(c.Link, c.Sentence, "source-link").Close("td");
            page.Close("tr");
        }
        page.Close("tbody").Close("table");
    }

    private static PageRequest ClaimPaging(HttpRequest request)
    {
        var text = QueryParameters.Text(request.Query, ClaimsPageParameter);
        if (text is null) return PageRequest.First;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
            ? new PageRequest(n, PageRequest.DefaultPageSize)
            : throw new BadParameterException($"{ClaimsPageParameter} must be a whole number from 1, got '{text}'.");
    }
}
