using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sitrep.Browser.Tests;

/// <summary>Every page opens with the sample corpus's real data on screen, cleanly, and leaves a screenshot.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PageTests(DashboardFixture dashboard, ITestOutputHelper output)
{
    private Task<BrowserPage> Open(string path) => BrowserPage.OpenAsync(dashboard, output, path);

    private static async Task<string> MainText(IPage page) => await page.Locator("main").InnerTextAsync();

    [ChromiumFact]
    public async Task Overview_shows_documents_outlets_event_types_and_the_north_korea_russia_dyad()
    {
        await using var tab = await Open("/");

        Assert.Equal(1, await tab.Page.Locator("main#page-overview h1").CountAsync());
        foreach (var href in new[] { "/", "/timeline", "/network", "/claims", "/escalation", "/documents", "/search" })
            Assert.Equal(1, await tab.Page.Locator($"nav#nav a[href='{href}']").CountAsync());
        var documents = await tab.Page.Locator("dl.summary a[href='/documents']").InnerTextAsync();
        Assert.Equal(dashboard.Report.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), documents.Trim());
        var outlets = await tab.Page.Locator("#outlets").InnerTextAsync();
        Assert.Contains("Kyiv Ledger", outlets);
        Assert.Contains("Baltic Wire", outlets);
        Assert.Contains("MOBILIZE", await tab.Page.Locator("#by-type").InnerTextAsync());
        // North Korea's climb from troops to combat (the first clash in Kursk) is among the latest alerts.
        var alerts = await tab.Page.Locator("#latest-alerts tr.alert").AllInnerTextsAsync();
        Assert.Contains(alerts, a => a.Contains("PRK", StringComparison.Ordinal) && a.Contains("troops → combat", StringComparison.Ordinal));
        await tab.ScreenshotAsync("overview");

        // Every number leads on: the PRK → RUS dyad count opens a timeline listing exactly that many events.
        var dyad = tab.Page.Locator("#top-dyads a[href='/timeline?actor=PRK&recipient=RUS']");
        var count = int.Parse(await dyad.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 2);
        await dyad.ClickAsync();
        await tab.Page.WaitForURLAsync("**/timeline?actor=PRK&recipient=RUS");
        Assert.Equal(Math.Min(count, 50), await tab.Page.Locator("tr.event").CountAsync());
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Timeline_lists_north_korean_events_each_linking_to_its_sentence()
    {
        await using var tab = await Open("/timeline?actor=PRK&recipient=RUS");

        var rows = tab.Page.Locator("main#page-timeline tr.event");
        Assert.True(await rows.CountAsync() >= 2, "fewer than two PRK → RUS events");
        var first = await rows.First.InnerTextAsync();
        Assert.Contains("PRK", first);
        Assert.Contains("RUS", first);
        var links = await rows.Locator("a.source-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.All(links, href => Assert.Matches("^/documents/[^#]+#ev-.+$", href));
        await tab.ScreenshotAsync("timeline");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Network_page_has_the_graph_and_the_dyad_table()
    {
        await using var tab = await Open("/network");

        await tab.Page.Locator("#network-graph svg a.edge").First.WaitForAsync();
        // The graph draws every dyad of the server-rendered table (a state acting on itself has no edge to draw).
        var tableDyads = await tab.Page.Locator("#edges tr.edge").EvaluateAllAsync<string[]>(
            "rows => rows.filter(r => r.dataset.source !== r.dataset.target).map(r => r.dataset.source + '>' + r.dataset.target)");
        var drawnDyads = await tab.Page.Locator("#network-graph svg a.edge").EvaluateAllAsync<string[]>(
            "edges => edges.map(e => e.dataset.source + '>' + e.dataset.target)");
        Assert.Contains("PRK>RUS", tableDyads);
        Assert.Contains("UKR>PRK", tableDyads);
        Assert.Equal(tableDyads.Order(StringComparer.Ordinal), drawnDyads.Order(StringComparer.Ordinal));
        await tab.ScreenshotAsync("network");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Claims_page_sets_the_conflicting_troop_totals_side_by_side_with_their_sources()
    {
        await using var tab = await Open("/claims");

        // The Ukrainian figure of 15,000 disagrees with the American and South Korean totals (docs/SAMPLES.md).
        var conflict = tab.Page.Locator("main#page-claims .conflict").Filter(new LocatorFilterOptions { HasText = "15,000" });
        Assert.True(await conflict.CountAsync() >= 1, "no conflicting group shows 15,000");
        var text = await MainText(tab.Page);
        Assert.Contains("Kyiv Ledger", text);
        Assert.Contains("according to Ukrainian military intelligence", text);
        Assert.Contains("11,000", text);
        Assert.True(await tab.Page.Locator("main#page-claims .single-source").CountAsync() >= 1, "no single-source item is highlighted");
        Assert.True(await tab.Page.Locator("main#page-claims a.source-link[href*='#cl-']").CountAsync() >= 3);
        await tab.ScreenshotAsync("claims");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Escalation_page_shows_north_koreas_ladder_up_to_combat_with_evidence()
    {
        await using var tab = await Open("/escalation");

        var text = await MainText(tab.Page);
        Assert.Contains("PRK", text);
        Assert.Contains("RUS", text);
        Assert.Contains("troops", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("combat", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(await tab.Page.Locator("main#page-escalation a.source-link[href*='#ev-']").CountAsync() >= 2, "no evidence links");
        await tab.ScreenshotAsync("escalation");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Documents_page_lists_every_stored_document()
    {
        await using var tab = await Open("/documents?pageSize=100");

        var text = await MainText(tab.Page);
        foreach (var document in dashboard.Report.Documents.Where(d => d.Title is not null).Take(40))
            Assert.Contains(document.Title!.Trim(), text);
        await tab.ScreenshotAsync("documents");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Document_page_shows_the_article_with_highlighted_spans()
    {
        var document = dashboard.Report.Documents
            .Where(d => d.Outlet == "Baltic Wire" && d.Title?.Contains("first time", StringComparison.Ordinal) == true)
            .Single();
        await using var tab = await Open("/documents/" + Uri.EscapeDataString(document.Id));

        Assert.Contains("North Korean", await MainText(tab.Page));
        Assert.True(await tab.Page.Locator("span.sentence").CountAsync() >= 3);
        Assert.True(await tab.Page.Locator("mark.hl-event[id^='ev-']").CountAsync() >= 1, "no event highlighted");
        Assert.True(await tab.Page.Locator("mark.hl-actor").CountAsync() >= 1, "no actor highlighted");
        await tab.ScreenshotAsync("document");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Search_finds_sentences_and_each_hit_links_to_its_sentence()
    {
        await using var tab = await Open("/search?q=Kursk");

        var hits = tab.Page.Locator("main#page-search a[href*='/documents/'][href*='#s-']");
        Assert.True(await hits.CountAsync() >= 2, "fewer than two hits for Kursk");
        Assert.Contains("Kursk", await MainText(tab.Page));
        await tab.ScreenshotAsync("search");

        var href = await hits.First.GetAttributeAsync("href") ?? "";
        await hits.First.ClickAsync();
        await tab.Page.WaitForURLAsync("**/documents/**");
        var sentenceId = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var sentence = tab.Page.Locator($"[id='{sentenceId}']");
        Assert.Contains("Kursk", await sentence.InnerTextAsync());
        await Assertions.Expect(sentence).ToBeInViewportAsync();
        tab.AssertNothingWentWrong();
    }
}
