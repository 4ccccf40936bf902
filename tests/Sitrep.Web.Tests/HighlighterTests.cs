using Sitrep.Web.Html;

namespace Sitrep.Web.Tests;

/// <summary>Overlapping highlights become well-formed marks; ids appear once, on the first piece.</summary>
public sealed class HighlighterTests
{
    private const string Text = "Russian troops shelled Kharkiv and Sumy overnight.";

    private static string Render(params Highlight[] highlights)
    {
        var html = new HtmlBuilder();
        SpanHighlighter.Write(html, Text, 0, Text.Length, highlights);
        return html.ToString();
    }

    private static Highlight H(string words, string kind, string? id = null)
    {
        var start = Text.IndexOf(words, StringComparison.Ordinal);
        return new Highlight(start, start + words.Length, kind, id, kind + " " + words, "X");
    }

    [Fact]
    public void An_actor_inside_an_event_nests()
    {
        var html = Render(H("Russian troops shelled Kharkiv", "event", "ev-1"), H("Russian troops", "actor"), H("Kharkiv", "actor"));

        Assert.Equal(
            "<mark class=\"hl hl-event\" id=\"ev-1\" title=\"event Russian troops shelled Kharkiv\" data-codes=\"X\">"
            + "<mark class=\"hl hl-actor\" title=\"actor Russian troops\" data-codes=\"X\">Russian troops</mark> shelled "
            + "<mark class=\"hl hl-actor\" title=\"actor Kharkiv\" data-codes=\"X\">Kharkiv</mark></mark> and Sumy overnight.",
            html);
    }

    [Fact]
    public void Crossing_events_split_the_inner_one_and_keep_its_id_on_the_first_piece()
    {
        var html = Render(H("Russian troops shelled Kharkiv", "event", "ev-1"), H("shelled Kharkiv and Sumy", "event", "ev-2"));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "id=\"ev-2\""));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "<mark ").Count);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "</mark>").Count);
        Assert.Contains("shelled Kharkiv</mark></mark><mark class=\"hl hl-event\" title=\"event shelled Kharkiv and Sumy\" data-codes=\"X\"> and Sumy</mark>", html);
        Assert.EndsWith(" overnight.", html);
        Assert.Equal(Text, System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
    }

    [Fact]
    public void Highlights_beyond_the_stretch_are_clipped_and_text_is_encoded()
    {
        const string text = "a <b> c";
        var html = new HtmlBuilder();
        SpanHighlighter.Write(html, text, 2, 5, [new Highlight(0, 7, "claim", "cl-1", "\"quoted\" <title>", "<codes>")]);

        Assert.Equal("<mark class=\"hl hl-claim\" id=\"cl-1\" title=\"&quot;quoted&quot; &lt;title&gt;\" data-codes=\"&lt;codes&gt;\">&lt;b&gt;</mark>", html.ToString());
    }
}
