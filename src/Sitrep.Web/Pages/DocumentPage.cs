using Sitrep.Domain;
using Sitrep.Web.Api;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>
/// /documents/{id} — the article sentence by sentence (<c>&lt;span class="sentence" id="s-N"&gt;</c>) with actor, event
/// and claim spans highlighted (hover shows codes), beside the list of its events and claims.
/// </summary>
internal static class DocumentPage
{
    public static PageWriter Render(Dashboard d, string id)
    {
        var a = DocumentJson.Load(d, id);
        var doc = a.Document;
        var title = doc.Title ?? Path.GetFileName(doc.Path);
        var page = new PageWriter(title, "document").Script("document.js");
        page.Heading(title);
        page.Open("p", ("class", "meta"));
        page.Text(string.Join(" · ", new[] { doc.Outlet, doc.Author, doc.Published?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture), doc.Url }
            .Where(x => !string.IsNullOrEmpty(x))));
        page.Close("p");

        var highlights = Highlights(d, a);
        page.Open("div", ("class", "document-layout"));
        page.Open("article", ("id", "document-text"), ("data-document-id", doc.Id));
        var at = 0;
        foreach (var s in a.Sentences.OrderBy(s => s.Span.Start))
        {
            if (s.Span.Start < at || s.Span.End > doc.Text.Length) continue;
            page.Text(doc.Text, at, s.Span.Start - at);
            page.Open("span", ("class", "sentence"), ("id", "s-" + s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            SpanHighlighter.Write(page, doc.Text, s.Span.Start, s.Span.End, highlights);
            page.Close("span");
            at = s.Span.End;
        }
        page.Text(doc.Text, at, doc.Text.Length - at);
        page.Close("article");

        page.Open("aside", ("id", "coded"));
        page.Element("h2", $"Events ({a.Events.Count})");
        page.Open("table", ("class", "events")).Open("tbody");
        foreach (var e in a.Events)
        {
            page.Open("tr", ("class", "event"), ("data-event-id", e.Id));
            page.Open("td").Link(Links.Event(doc.Id, e.Id), Describe(e), "source-link").Close("td");
            page.Element("td", e.Date?.ToString() ?? "undated", ("class", "date"));
            page.Close("tr");
        }
        page.Close("tbody").Close("table");
        page.Element("h2", $"Claims ({a.Claims.Count})");
        page.Open("table", ("class", "claims")).Open("tbody");
        foreach (var c in a.Claims)
        {
            page.Open("tr", ("class", "claim"), ("data-claim-id", c.Id));
            page.Open("td").Link(Links.Claim(doc.Id, c.Id), $"{c.Subject}: {Figures.Describe(c.Value, c.Low, c.High, c.Qualifier, c.Unit)}", "source-link").Close("td");
            page.Element("td", c.Attribution?.Text ?? "", ("class", "attribution"));
            page.Close("tr");
        }
        page.Close("tbody").Close("table");
        page.Close("aside").Close("div");
        return page;
    }

    private static List<Highlight> Highlights(Dashboard d, DocumentAnalysis a)
    {
        var list = new List<Highlight>(a.Mentions.Count + a.Events.Count + a.Claims.Count);
        foreach (var m in a.Mentions)
            list.Add(new Highlight(m.At.Span.Start, m.At.Span.End, "actor", null, $"{m.Actor} ({m.Kind.ToString().ToLowerInvariant()}){(m.Actor.Entity is null ? "" : " " + m.Actor.Entity)}", m.Actor.ToString()));
        foreach (var e in a.Events)
        {
            var flags = (e.Hedged ? " · hedged" : "") + (e.Negated ? " · negated" : "");
            var score = d.Scores.Score(e.Type, e.Mode);
            var codes = $"{e.Type.Name()}{(e.Mode is null ? "" : ":" + e.Mode)} {Codes(e.Actors)}>{Codes(e.Recipients)}";
            list.Add(new Highlight(e.At.Span.Start, e.At.Span.End, "event", "ev-" + e.Id,
                $"{Describe(e)}{flags} · score {score:+0.#;-0.#;0}{(e.Cameo is null ? "" : " · CAMEO " + e.Cameo)}{(e.Attribution is null ? "" : " · " + e.Attribution.Text)}",
                codes));
        }
        foreach (var c in a.Claims)
        {
            var figure = Figures.Describe(c.Value, c.Low, c.High, c.Qualifier, c.Unit);
            list.Add(new Highlight(c.At.Span.Start, c.At.Span.End, "claim", "cl-" + c.Id,
                $"{c.Subject}: {figure}{(c.Actor is null ? "" : " · " + c.Actor)}{(c.Attribution is null ? "" : " · " + c.Attribution.Text)}{(c.Hedged ? " · hedged" : "")}",
                $"{c.Subject} {c.Actor?.ToString() ?? ""}".Trim()));
        }
        return list;
    }

    private static string Describe(CodedEvent e) =>
        $"{e.Type.Name()}{(e.Mode is null ? "" : " (" + e.Mode + ")")} {(e.Actors.Count == 0 ? "–" : Codes(e.Actors))} → {(e.Recipients.Count == 0 ? "–" : Codes(e.Recipients))}";

    private static string Codes(IReadOnlyList<ActorMention> mentions) => string.Join("+", mentions.Select(m => m.Actor.ToString()));
}
