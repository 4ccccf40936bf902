using Microsoft.AspNetCore.Http;
using Sitrep.Domain;
using Sitrep.Store.Browsing;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>The event filter form (GET, so every filtered view is a link): actor, recipient, type, outlet, dates, hedged.</summary>
internal static class FilterForm
{
    public static void Write(HtmlBuilder html, HttpRequest request, string action, IReadOnlyList<NamedCount> outlets)
    {
        var q = request.Query;
        html.Open("form", ("class", "filters"), ("method", "get"), ("action", action));
        Input(html, "actor", "Actor", q["actor"], "PRK or PRK/MIL");
        Input(html, "recipient", "Recipient", q["recipient"], "UKR");
        Select(html, "type", "Type", q["type"], [("", "any"), .. Enum.GetValues<EventType>().Select(t => (t.Name(), t.Name()))]);
        Select(html, "outlet", "Outlet", q["outlet"], [("", "any"), .. outlets.Select(o => (o.Name, o.Name))]);
        Input(html, "from", "From", q["from"], "YYYY-MM-DD", "date");
        Input(html, "to", "To", q["to"], "YYYY-MM-DD", "date");
        Select(html, "hedged", "Hedged", q["hedged"], [("include", "include"), ("exclude", "exclude"), ("only", "only")]);
        html.Element("button", "Apply", ("type", "submit"));
        html.Link(action, "Clear", "clear");
        html.Close("form");
    }

    public static void Input(HtmlBuilder html, string name, string label, string? value, string placeholder, string type = "text")
    {
        html.Open("label").Text(label + " ")
            .Open("input", ("type", type), ("name", name), ("value", value ?? ""), ("placeholder", placeholder))
            .Close("label");
    }

    public static void Select(HtmlBuilder html, string name, string label, string? value, IReadOnlyList<(string Value, string Label)> options)
    {
        html.Open("label").Text(label + " ").Open("select", ("name", name));
        foreach (var (v, l) in options)
            html.Element("option", l, ("value", v), ("selected", string.Equals(v, value, StringComparison.OrdinalIgnoreCase) ? "selected" : null));
        html.Close("select").Close("label");
    }

    /// <summary>The query string of the current filter, for the chart and graph data sources.</summary>
    public static string ApiQuery(HttpRequest request, string path)
    {
        var keep = new[] { "actor", "recipient", "type", "outlet", "from", "to", "hedged", "document" };
        return Api.Links.WithQuery(path, [.. keep.Select(k => (k, (string?)request.Query[k].ToString()))]);
    }
}
