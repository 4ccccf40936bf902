using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>
/// /network — actors as nodes, dyads as edges weighted by events and toned by mean PLOVER score; the graph is drawn
/// by network.js from /api/network, the edge table is server-rendered.
/// </summary>
internal static class NetworkPage
{
    public static PageWriter Render(Dashboard d, HttpRequest request)
    {
        var filter = QueryParameters.Filter(request.Query);
        var network = ApiEndpoints.Network(d, filter);
        var page = new PageWriter("Network", "network").Script("svg.js").Script("network.js");
        page.Heading("Network");
        FilterForm.Write(page, request, "/network", d.Browser.Outlets());
        page.Open("div", ("id", "network-graph"), ("class", "chart"), ("data-src", FilterForm.ApiQuery(request, "/api/network"))).Close("div");

        page.Element("h2", $"Dyads ({network.Edges.Count})");
        page.Open("table", ("id", "edges")).Open("thead").Open("tr")
            .Element("th", "Actor").Element("th", "Recipient").Element("th", "Events").Element("th", "Mean score")
            .Close("tr").Close("thead").Open("tbody");
        foreach (var e in network.Edges)
        {
            page.Open("tr", ("class", "edge " + EventTable.Tone(e.Score)), ("data-source", e.Source), ("data-target", e.Target));
            page.Element("td", e.Source).Element("td", e.Target);
            page.Open("td").Link(Links.WithQuery("/timeline", ("actor", e.Source), ("recipient", e.Target), ("type", request.Query["type"]),
                ("outlet", filter.Outlet), ("from", request.Query["from"]), ("to", request.Query["to"]), ("hedged", request.Query["hedged"])),
                Pager.N(e.Events)).Close("td");
            page.Element("td", e.Score.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture));
            page.Close("tr");
        }
        page.Close("tbody").Close("table");
        return page;
    }
}
