using Microsoft.AspNetCore.Http;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>/escalation — per supporter the ladder over time with evidence links, the alerts, the treaty obligations.</summary>
internal static class EscalationPage
{
    public static PageWriter Render(Dashboard d, HttpRequest request)
    {
        var actor = ApiEndpoints.EscalationFilter(request.Query);
        var report = EscalationApi.From(d.Escalation(), actor);
        var page = new PageWriter("Escalation", "escalation");
        page.Heading(actor is null ? "Escalation" : $"Escalation: {actor}");
        page.Open("form", ("class", "filters"), ("method", "get"), ("action", "/escalation"));
        FilterForm.Input(page, "actor", "State", actor, "PRK");
        page.Element("button", "Show", ("type", "submit")).Link("/escalation", "All", "clear").Close("form");

        if (report.Conflicts.Count == 0)
        {
            page.Paragraph("No conflict found: no two states are reported attacking each other in enough documents.", "empty");
            return page;
        }
        page.Paragraph($"As of {report.AsOf}. Conflicts: "
            + string.Join("; ", report.Conflicts.Select(c => $"{c.First}–{c.Second} since {c.Start}{(c.Joined is null ? "" : $" ({c.Joined} beside {c.Beside})")}")) + ".");

        page.Element("h2", "Ladders");
        foreach (var l in report.Ladders)
        {
            page.Open("section", ("class", "ladder"), ("data-supporter", l.Supporter));
            page.Element("h3", $"{l.Supporter} supporting {l.Supported} against {l.Opponent}: {l.Rung ?? "only speculated"}");
            if (l.Climb.Count > 0) page.Paragraph("Climb: " + string.Join(" → ", l.Climb), "climb");
            Steps(page, "Reached", l.History);
            if (l.Possibilities.Count > 0) Steps(page, "Possible (hedged or speculative reports only)", l.Possibilities);
            page.Close("section");
        }

        page.Element("h2", "Alerts");
        if (report.Alerts.Count == 0) page.Paragraph("No alerts.", "empty");
        else Alerts(page, report.Alerts);

        page.Element("h2", "Treaty obligations");
        page.Open("table", ("id", "obligations")).Open("thead").Open("tr");
        foreach (var h in new[] { "Treaty", "Obligation", "Article", "Involved", "Parties", "Since", "Source" }) page.Element("th", h);
        page.Close("tr").Close("thead").Open("tbody");
        foreach (var o in report.Obligations)
        {
            page.Open("tr", ("class", o.Pending ? "obligation pending" : "obligation"));
            page.Element("td", o.Name).Element("td", o.Obligation + (o.Pending ? " (signed, not yet in force)" : ""))
                .Element("td", o.Article).Element("td", string.Join(", ", o.Involved)).Element("td", string.Join(", ", o.Parties))
                .Element("td", o.Since).Element("td", o.Source);
            page.Close("tr");
        }
        page.Close("tbody").Close("table");
        return page;
    }

    private static void Steps(HtmlBuilder page, string caption, IReadOnlyList<EscalationApi.StepJson> steps)
    {
        page.Open("table", ("class", "rungs")).Element("caption", caption).Open("thead").Open("tr");
        foreach (var h in new[] { "Rung", "First reported", "Outlets", "Evidence" }) page.Element("th", h);
        page.Close("tr").Close("thead").Open("tbody");
        foreach (var s in steps)
        {
            page.Open("tr", ("class", "rung " + s.Rung));
            page.Element("td", s.Rung).Element("td", s.Date).Element("td", s.Sources.ToString(System.Globalization.CultureInfo.InvariantCulture));
            page.Open("td");
            Evidence(page, s.Evidence, s.EvidenceCount);
            page.Close("td").Close("tr");
        }
        page.Close("tbody").Close("table");
    }

    public static void Alerts(HtmlBuilder page, IEnumerable<EscalationApi.AlertJson> alerts)
    {
        page.Open("table", ("class", "alerts")).Open("thead").Open("tr");
        foreach (var h in new[] { "Date", "Supporter", "For", "Against", "Climb", "Evidence" }) page.Element("th", h);
        page.Close("tr").Close("thead").Open("tbody");
        foreach (var a in alerts)
        {
            page.Open("tr", ("class", "alert"));
            page.Element("td", a.Date).Element("td", a.Supporter).Element("td", a.Supported).Element("td", a.Opponent)
                .Element("td", a.From is null ? $"enters at {a.To}" : $"{a.From} → {a.To}");
            page.Open("td");
            Evidence(page, a.Evidence, a.EvidenceCount);
            page.Close("td").Close("tr");
        }
        page.Close("tbody").Close("table");
    }

    /// <summary>Each evidence event as a source link to its sentence, with its outlet and date.</summary>
    private static void Evidence(HtmlBuilder page, IReadOnlyList<EscalationApi.EvidenceJson> evidence, int count)
    {
        page.Open("ul", ("class", "evidence"));
        foreach (var e in evidence)
        {
            page.Open("li", ("data-event-id", e.EventId));
            if (e.Link is null) page.Text($"event {e.EventId} (no longer stored)");
            else page.Link(e.Link, e.Text ?? e.EventId, "source-link").Element("span", $" {e.Outlet ?? e.DocumentId}, {e.Date ?? "undated"}", ("class", "meta"));
            page.Close("li");
        }
        if (count > evidence.Count) page.Element("li", $"and {count - evidence.Count} later reports", ("class", "more"));
        page.Close("ul");
    }
}
