using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sitrep.Browser.Tests;

/// <summary>Every datum is one click from its sentence: the link lands on the highlighted span, in view.</summary>
[Collection(DashboardCollection.Name)]
public sealed class EvidenceLinkTests(DashboardFixture dashboard, ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task A_timeline_event_opens_its_document_with_the_event_span_targeted_and_in_view()
    {
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/timeline?actor=PRK&recipient=RUS");
        // The last row is the one most likely to sit far down its article, so scrolling to it matters.
        var row = tab.Page.Locator("tr.event").Last;
        var eventId = await row.GetAttributeAsync("data-event-id");
        Assert.False(string.IsNullOrEmpty(eventId));

        await row.Locator("a.source-link").ClickAsync();
        await tab.Page.WaitForURLAsync($"**/documents/**#ev-{eventId}");
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var mark = tab.Page.Locator($"mark[id='ev-{eventId}']");
        Assert.Equal(1, await mark.CountAsync());
        Assert.True(await mark.EvaluateAsync<bool>("m => m.matches(':target')"), "the event span is not the :target");
        Assert.Contains("hl-event", await mark.GetAttributeAsync("class") ?? "");
        await Assertions.Expect(mark).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        // document.js centres the span rather than leaving it at the top edge.
        var middle = await mark.EvaluateAsync<double>("m => { const r = m.getBoundingClientRect(); return (r.top + r.bottom) / 2 / window.innerHeight; }");
        // (A span near the top or the end of a short page cannot be centred: the page is then scrolled to its limit.)
        var atLimit = await tab.Page.EvaluateAsync<bool>("() => window.scrollY < 1 || window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 1");
        Assert.True(atLimit || middle is > 0.3 and < 0.7, $"span centre at {middle:P0} of the viewport");
        await tab.ScreenshotAsync("document-event-target");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Hovering_or_focusing_a_span_shows_its_codes()
    {
        var document = dashboard.Report.Documents.First(d => dashboard.Report.Events.Count(e => e.At.DocumentId == d.Id) >= 3);
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/documents/" + Uri.EscapeDataString(document.Id));

        var mark = tab.Page.Locator("mark.hl-event[data-codes]").First;
        var title = await mark.GetAttributeAsync("title");
        var codes = await mark.GetAttributeAsync("data-codes");
        Assert.False(string.IsNullOrWhiteSpace(codes));
        Assert.False(string.IsNullOrWhiteSpace(title));
        // The codes name a PLOVER type in capitals and the three-letter actor codes.
        Assert.Matches("[A-Z]{3}", title!);
        Assert.Matches("(AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT)", codes!);

        var tooltip = tab.Page.Locator("#codes-tooltip");
        await mark.HoverAsync();
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        Assert.Contains(codes.Trim(), await tooltip.InnerTextAsync());
        await tab.Page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(tooltip).ToBeHiddenAsync();
        Assert.Equal(title, await mark.GetAttributeAsync("title")); // the native title is back

        // Keyboard: spans are in the Tab order, focus shows the codes, Escape hides them.
        Assert.Equal("0", await mark.GetAttributeAsync("tabindex"));
        await mark.FocusAsync();
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(tooltip).ToBeHiddenAsync();
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task A_claim_on_the_claims_page_opens_its_figure_in_the_article()
    {
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/claims");
        var link = tab.Page.Locator("a.source-link[href*='#cl-']").First;
        var href = await link.GetAttributeAsync("href") ?? "";
        var claimId = href[(href.IndexOf("#cl-", StringComparison.Ordinal) + 4)..];

        await link.ClickAsync();
        await tab.Page.WaitForURLAsync("**/documents/**");
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var mark = tab.Page.Locator($"mark[id='cl-{claimId}']");
        Assert.True(await mark.EvaluateAsync<bool>("m => m.matches(':target')"));
        Assert.Matches("[0-9]", await mark.InnerTextAsync());
        await Assertions.Expect(mark).ToBeInViewportAsync();
        tab.AssertNothingWentWrong();
    }
}
