using Sitrep.Store.Browsing;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>/ — documents, outlets, date range, events by type, top dyads, reconciliation status, latest alerts.</summary>
internal static class OverviewPage
{
    public static PageWriter Render(Dashboard d)
    {
        var data = OverviewJson.From(d);
        var page = new PageWriter("Overview", "overview");
        page.Heading("Overview");
        page.Open("dl", ("class", "summary"));
        Fact(page, "Documents", Pager.N(data.Documents), "/documents");
        Fact(page, "Outlets", Pager.N(data.Outlets), null);
        Fact(page, "Events", Pager.N(data.Events), "/timeline");
        Fact(page, "Claims", Pager.N(data.Claims), "/claims");
        Fact(page, "Reconciled groups", Pager.N(data.ReconciledGroups), "/claims");
        // News dates first: events about history ("the 1950 invasion") would otherwise stretch the range to decades.
        Fact(page, "Published", data.FirstPublished is null ? "none" : $"{data.FirstPublished} to {data.LastPublished}", null);
        Fact(page, "Events dated", data.FirstDate is null ? "none" : $"{data.FirstDate} to {data.LastDate}", null);
        page.Close("dl");

        page.Open("div", ("class", "panels"));
        page.Open("section", ("id", "by-type")).Element("h2", "Events by PLOVER type");
        Table(page, ["Type", "Events", "Score"], data.EventsByType, t =>
        [
            (t.Type, Links.WithQuery("/timeline", ("type", t.Type))),
            (Pager.N(t.Events), Links.WithQuery("/timeline", ("type", t.Type))),
            (t.Score.ToString("+0.#;-0.#;0", System.Globalization.CultureInfo.InvariantCulture), null),
        ]);
        page.Close("section");

        page.Open("section", ("id", "top-dyads")).Element("h2", "Top dyads");
        Table(page, ["Actor", "Recipient", "Events"], data.TopDyads, x =>
        [
            (x.Actor, null), (x.Recipient, null),
            (Pager.N(x.Events), Links.WithQuery("/timeline", ("actor", x.Actor), ("recipient", x.Recipient))),
        ]);
        page.Close("section");

        page.Open("section", ("id", "outlets")).Element("h2", "Outlets");
        Table(page, ["Outlet", "Documents"], data.DocumentsByOutlet, o =>
            [(o.Name, null), (Pager.N(o.Count), Links.WithQuery("/documents", ("outlet", o.Name)))]);
        page.Close("section");

        page.Open("section", ("id", "status")).Element("h2", "Reconciled figures");
        Table(page, ["Status", "Groups"], data.ReconciledByStatus, s =>
            [(s.Name, null), (Pager.N(s.Count), Links.WithQuery("/claims", ("status", s.Name)))]);
        page.Close("section");
        page.Close("div");

        page.Open("section", ("id", "latest-alerts")).Element("h2", "Latest escalation alerts");
        if (data.LatestAlerts.Count == 0) page.Paragraph("No supporter has climbed the escalation ladder in the stored reports.", "empty");
        else EscalationPage.Alerts(page, data.LatestAlerts);
        page.Close("section");
        return page;
    }

    private static void Fact(PageWriter page, string label, string value, string? href)
    {
        page.Element("dt", label).Open("dd");
        if (href is null) page.Text(value);
        else page.Link(href, value);
        page.Close("dd");
    }

    /// <summary>A simple table whose cells are text, optionally linked.</summary>
    public static void Table<T>(HtmlBuilder html, string[] headings, IEnumerable<T> rows, Func<T, (string Text, string? Href)[]> cells)
    {
        html.Open("table").Open("thead").Open("tr");
        foreach (var h in headings) html.Element("th", h);
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            html.Open("tr");
            foreach (var (text, href) in cells(row))
            {
                html.Open("td");
                if (href is null) html.Text(text);
                else html.Link(href, text);
                html.Close("td");
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }
}
