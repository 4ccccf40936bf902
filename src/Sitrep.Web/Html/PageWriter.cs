namespace Sitrep.Web.Html;

/// <summary>
/// One dashboard page: the shared layout (head with the local stylesheet and page scripts, <c>&lt;nav id="nav"&gt;</c>
/// linking every page, <c>&lt;main id="page-NAME"&gt;</c>) around what the page writes.
/// </summary>
internal sealed class PageWriter : HtmlBuilder
{
    /// <summary>Every page in the navigation: path and label.</summary>
    public static readonly (string Href, string Label, string Name)[] Pages =
    [
        ("/", "Overview", "overview"),
        ("/timeline", "Timeline", "timeline"),
        ("/network", "Network", "network"),
        ("/claims", "Claims", "claims"),
        ("/escalation", "Escalation", "escalation"),
        ("/documents", "Documents", "documents"),
        ("/search", "Search", "search"),
    ];

    private readonly string _title;
    private readonly string _name;
    private readonly List<string> _scripts = [];

    public PageWriter(string title, string name)
    {
        _title = title;
        _name = name;
    }

    /// <summary>A script from /assets, loaded deferred.</summary>
    public PageWriter Script(string file)
    {
        _scripts.Add("/assets/" + file);
        return this;
    }

    public PageWriter Heading(string text)
    {
        Element("h1", text);
        return this;
    }

    public PageWriter Paragraph(string text, string? cssClass = null)
    {
        Element("p", text, ("class", cssClass));
        return this;
    }

    /// <summary>The whole document: layout around the body written so far.</summary>
    public string Render()
    {
        var page = new Layout();
        page.Begin(_title, _name, _scripts);
        page.Body(ToString());
        page.End();
        return page.ToString();
    }

    private sealed class Layout : HtmlBuilder
    {
        public void Begin(string title, string name, List<string> scripts)
        {
            Markup("<!DOCTYPE html>\n<html lang=\"en\">");
            Open("head").Open("meta", ("charset", "utf-8"))
                .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
                .Element("title", $"{title} · Sitrep")
                .Open("link", ("rel", "stylesheet"), ("href", "/assets/site.css"))
                // A local icon: without one the browser asks for /favicon.ico and logs a 404 on every page.
                .Open("link", ("rel", "icon"), ("href", "/assets/favicon.svg"), ("type", "image/svg+xml"));
            foreach (var src in scripts) Open("script", ("src", src), ("defer", "")).Close("script");
            Close("head").Open("body");
            Open("nav", ("id", "nav")).Element("span", "Sitrep", ("class", "brand"));
            foreach (var (href, label, page) in Pages)
                Element("a", label, ("href", href), ("class", page == name ? "current" : null), ("aria-current", page == name ? "page" : null));
            Close("nav");
            Open("main", ("id", "page-" + name));
        }

        public void Body(string html) => Markup(html);

        public void End() => Close("main").Close("body").Close("html");
    }
}
