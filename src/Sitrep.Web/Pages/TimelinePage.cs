using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>
/// /timeline — filtered events over time: the chart (drawn by timeline.js from /api/timeline), the daily PLOVER
/// score table (server-rendered, so it works without scripts) and the paged event table.
/// </summary>
internal static class TimelinePage
{
    public static PageWriter Render(Dashboard d, HttpRequest request)
    {
        var filter = QueryParameters.Filter(request.Query);
        var paging = QueryParameters.Paging(request.Query);
        var events = d.Browser.Events(filter, paging);
        var timeline = ApiEndpoints.Timeline(d, filter);

        var page = new PageWriter("Timeline", "timeline").Script("svg.js").Script("timeline.js");
        page.Heading("Timeline");
        FilterForm.Write(page, request, "/timeline", d.Browser.Outlets());
        page.Open("div", ("id", "timeline-chart"), ("class", "chart"), ("data-src", FilterForm.ApiQuery(request, "/api/timeline"))).Close("div");

        var dyad = filter.Actor is null && filter.Recipient is null
            ? "all filtered events"
            : $"{filter.Actor?.ToString() ?? "anyone"} → {filter.Recipient?.ToString() ?? "anyone"}";
        page.Open("details", ("class", "scores"), ("open", timeline.Scores.Count <= 31 ? "open" : null));
        page.Element("summary", $"Daily PLOVER conflict–cooperation score, {dyad} ({timeline.Scores.Count} days; −10 conflict … +10 cooperation)");
        page.Open("table", ("id", "dyad-scores")).Open("thead").Open("tr").Element("th", "Day").Element("th", "Events").Element("th", "Mean score")
            .Close("tr").Close("thead").Open("tbody");
        foreach (var s in timeline.Scores)
        {
            page.Open("tr", ("class", EventTable.Tone(s.Score)));
            page.Element("td", s.Day);
            page.Open("td").Link(Links.WithQuery("/timeline", ("actor", filter.Actor?.ToString()), ("recipient", filter.Recipient?.ToString()),
                ("type", request.Query["type"]), ("outlet", filter.Outlet), ("hedged", request.Query["hedged"]), ("from", s.Day), ("to", s.Day)),
                Pager.N(s.Events)).Close("td");
            page.Element("td", s.Score.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture));
            page.Close("tr");
        }
        page.Close("tbody").Close("table").Close("details");

        page.Element("h2", "Events");
        Pager.Write(page, request, events.Total, paging);
        EventTable.Write(page, events.Items, d);
        Pager.Write(page, request, events.Total, paging);
        return page;
    }
}
