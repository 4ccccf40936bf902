using System.Text.RegularExpressions;

namespace Sitrep.Web.Tests;

/// <summary>The server-rendered pages: layout, real data, rows that link to the sentence, headers.</summary>
[Collection(nameof(DashboardCollection))]
public sealed partial class PageTests(SampleDashboard d)
{
    [Theory]
    [InlineData("/", "overview")]
    [InlineData("/timeline", "timeline")]
    [InlineData("/network", "network")]
    [InlineData("/claims", "claims")]
    [InlineData("/escalation", "escalation")]
    [InlineData("/documents", "documents")]
    [InlineData("/search?q=troops", "search")]
    public async Task Every_page_has_the_shared_layout_and_links_to_every_other(string url, string name)
    {
        var html = await d.Html(url);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<nav id=\"nav\">", html);
        Assert.Contains($"<main id=\"page-{name}\">", html);
        Assert.Matches("<h1>[^<]+</h1>", html);
        foreach (var href in new[] { "/", "/timeline", "/network", "/claims", "/escalation", "/documents", "/search" })
            Assert.Contains($"href=\"{href}\"", html);
        Assert.Contains("href=\"/assets/site.css\"", html);
        // Nothing is loaded or linked from elsewhere (treaty sources may still be shown as text).
        Assert.DoesNotMatch("(href|src|action)=\"(https?:)?//", html);
    }

    [Fact]
    public async Task Responses_carry_the_content_security_policy_and_nosniff()
    {
        foreach (var url in new[] { "/", "/api/events", "/assets/site.css", "/no-such-page" })
        {
            using var response = await d.Client.GetAsync(url);
            Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task Timeline_rows_are_events_whose_text_links_to_their_span()
    {
        var html = await d.Html("/timeline?actor=PRK&pageSize=500");

        var rows = EventRow().Matches(html);
        Assert.Equal(d.Report.Events.Count(e => e.Actors.Any(a => a.Actor.Code == "PRK")), rows.Count);
        foreach (Match row in rows)
        {
            var id = row.Groups["id"].Value;
            var e = d.Report.Events.Single(x => x.Id == id);
            Assert.Equal($"/documents/{e.At.DocumentId}#ev-{id}", row.Groups["href"].Value);
        }
        Assert.Contains("id=\"timeline-chart\" class=\"chart\" data-src=\"/api/timeline?actor=PRK\"", html);
        Assert.Contains("src=\"/assets/timeline.js\" defer", html);
        // The shared SVG helpers load first (deferred scripts run in document order).
        Assert.True(html.IndexOf("src=\"/assets/svg.js\" defer", StringComparison.Ordinal) is var svg and >= 0
            && svg < html.IndexOf("src=\"/assets/timeline.js\"", StringComparison.Ordinal));
        Assert.Contains("id=\"dyad-scores\"", html);
    }

    [Fact]
    public async Task The_linked_document_page_holds_the_highlighted_event_span()
    {
        var e = d.Report.Events.First(x => x.Actors.Count > 0 && x.Recipients.Count > 0);
        var html = await d.Html($"/documents/{e.At.DocumentId}");

        Assert.Contains($"<span class=\"sentence\" id=\"s-{e.At.Sentence}\">", html);
        Assert.Single(Regex.Matches(html, $"id=\"ev-{Regex.Escape(e.Id)}\""));
        Assert.Matches($"<mark class=\"hl hl-event\" id=\"ev-{Regex.Escape(e.Id)}\" title=\"[^\"]+\" data-codes=\"[^\"]+\">", html);
        Assert.Contains("class=\"hl hl-actor\"", html);
        Assert.Contains("src=\"/assets/document.js\" defer", html);
        // Marks nest properly: as many closed as opened.
        Assert.Equal(Regex.Matches(html, "<mark ").Count, Regex.Matches(html, "</mark>").Count);
    }

    [Fact]
    public async Task Every_claim_has_a_highlighted_span_on_its_document_page()
    {
        var claim = d.Report.Claims[0];
        var html = await d.Html($"/documents/{claim.At.DocumentId}");

        Assert.Contains($"id=\"cl-{claim.Id}\"", html);
        Assert.Contains($"<tr class=\"claim\" data-claim-id=\"{claim.Id}\">", html);
    }

    [Fact]
    public async Task Claims_page_shows_each_source_figure_and_marks_conflicts()
    {
        var html = await d.Html("/claims?pageSize=500");

        foreach (Match row in ClaimRow().Matches(html))
            Assert.Contains($"href=\"/documents/", row.Value);
        Assert.Contains("class=\"claim conflict\"", html);
        Assert.Contains("class=\"claim single-source\"", html);
        Assert.Contains("<tr class=\"claim\" data-claim-id=", html);
    }

    [Fact]
    public async Task Network_page_has_the_graph_source_and_an_edge_table()
    {
        var html = await d.Html("/network");

        Assert.Contains("id=\"network-graph\" class=\"chart\" data-src=\"/api/network\"", html);
        Assert.Contains("src=\"/assets/network.js\" defer", html);
        // The shared SVG helpers load first (deferred scripts run in document order).
        Assert.True(html.IndexOf("src=\"/assets/svg.js\" defer", StringComparison.Ordinal) is var svg and >= 0
            && svg < html.IndexOf("src=\"/assets/network.js\"", StringComparison.Ordinal));
        Assert.Contains("data-source=\"UKR\" data-target=\"PRK\"", html);
    }

    [Fact]
    public async Task Escalation_page_lists_the_ladder_with_evidence_links()
    {
        var html = await d.Html("/escalation");

        Assert.Contains("PRK supporting RUS against UKR: combat", html);
        Assert.Matches("<a href=\"/documents/[^\"#]+#ev-[^\"]+\" class=\"source-link\">", html);
        Assert.Contains("id=\"obligations\"", html);
    }

    [Fact]
    public async Task Overview_shows_counts_types_and_dyads_linked_to_the_timeline()
    {
        var html = await d.Html("/");

        Assert.Contains($">{d.Report.Documents.Count}</a>", html);
        Assert.Contains("href=\"/timeline?type=ASSAULT\"", html);
        Assert.Matches("href=\"/timeline\\?actor=[A-Z]{3}&amp;recipient=[A-Z]{3}\"", html);
        Assert.Contains("id=\"latest-alerts\"", html);
    }

    [Fact]
    public async Task Bad_filters_and_unknown_pages_get_short_error_pages()
    {
        var bad = await d.Html("/timeline?from=yesterday", 400);
        var missing = await d.Html("/documents/not-a-document", 404);
        var search = await d.Html("/search?q=%22open", 400);

        Assert.Contains("from must be a date", bad);
        Assert.Contains("not-a-document", missing);
        Assert.Contains("Search syntax error", search);
        Assert.DoesNotContain("   at ", bad + missing + search);
    }

    [Fact]
    public async Task Assets_are_served_locally_and_unknown_ones_are_404()
    {
        using var css = await d.Client.GetAsync("/assets/site.css");
        using var missing = await d.Client.GetAsync("/assets/nothing.js");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [GeneratedRegex("<tr class=\"event[^\"]*\" data-event-id=\"(?<id>[^\"]+)\">.*?<a href=\"(?<href>[^\"]+)\" class=\"source-link\">", RegexOptions.Singleline)]
    private static partial Regex EventRow();

    [GeneratedRegex("<tr class=\"claim[^\"]*\" data-claim-id=\"[^\"]+\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex ClaimRow();
}
