using System.Globalization;
using Sitrep.Store.Browsing;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>
/// A table of events: one <c>&lt;tr class="event" data-event-id&gt;</c> per event, its text a source link to the
/// highlighted span in its document.
/// </summary>
internal static class EventTable
{
    public static void Write(HtmlBuilder html, IReadOnlyList<EventRow> rows, Dashboard d)
    {
        html.Open("table", ("class", "events"))
            .Open("thead").Open("tr");
        foreach (var h in new[] { "Date", "Event", "Actor → Recipient", "Flags", "Score", "Source", "Sentence" }) html.Element("th", h);
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var e in rows)
        {
            var score = ApiEndpoints.EventScore(d, e);
            html.Open("tr", ("class", "event " + Tone(score)), ("data-event-id", e.Id));
            html.Element("td", e.Date ?? "undated", ("class", "date"));
            html.Element("td", e.Mode is null ? e.Type : $"{e.Type} ({e.Mode})", ("class", "type"), ("title", e.Cameo is null ? null : "CAMEO " + e.Cameo));
            html.Element("td", Dyad(e), ("class", "codes"));
            html.Element("td", Flags(e), ("class", "flags"));
            html.Element("td", score.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture), ("class", "score"));
            html.Element("td", e.Outlet ?? e.Title ?? e.DocumentId, ("class", "outlet"));
            html.Open("td", ("class", "text")).Link(Links.Event(e.DocumentId, e.Id), e.Sentence, "source-link").Close("td");
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    public static string Dyad(EventRow e) =>
        $"{(e.Actors.Count == 0 ? "–" : string.Join("+", e.Actors))} → {(e.Recipients.Count == 0 ? "–" : string.Join("+", e.Recipients))}";

    public static string Flags(EventRow e) => (e.Hedged, e.Negated) switch
    {
        (true, true) => "hedged, negated",
        (true, false) => "hedged",
        (false, true) => "negated",
        _ => "",
    };

    /// <summary>CSS class for a PLOVER score: cooperation, conflict or neutral.</summary>
    public static string Tone(double score) => score > 0 ? "coop" : score < 0 ? "conflict-tone" : "neutral";
}
