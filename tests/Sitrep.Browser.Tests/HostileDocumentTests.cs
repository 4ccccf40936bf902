using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sitrep.Browser.Tests;

/// <summary>A document carrying script and image-handler markup is shown as text wherever it appears, and runs nothing.</summary>
[Collection(DashboardCollection.Name)]
public sealed class HostileDocumentTests(DashboardFixture dashboard, ITestOutputHelper output)
{
    private static async Task AssertInert(BrowserPage tab)
    {
        Assert.Equal(0, await tab.Page.Locator("img[onerror]").CountAsync());
        Assert.Equal(0, await tab.Page.Locator("[onerror], [onload], [onclick]").CountAsync());
        // The only scripts are the dashboard's own files.
        var scripts = await tab.Page.Locator("script").EvaluateAllAsync<string[]>("s => s.map(x => x.getAttribute('src') || 'inline: ' + x.textContent)");
        Assert.All(scripts, src => Assert.StartsWith("/assets/", src));
        Assert.Empty(tab.Dialogs);
    }

    [ChromiumFact]
    public async Task Its_page_shows_the_markup_as_text_and_no_dialog_fires()
    {
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/documents/" + Uri.EscapeDataString(dashboard.Hostile.Id));
        await tab.Page.WaitForTimeoutAsync(300); // let any injected handler run, if one had got through

        await Assertions.Expect(tab.Page.Locator("h1")).ToContainTextAsync(HostileDocument.Script);
        await Assertions.Expect(tab.Page.Locator("h1")).ToContainTextAsync(HostileDocument.Image);
        var body = tab.Page.Locator("span.sentence").Filter(new LocatorFilterOptions { HasText = HostileDocument.Script });
        await Assertions.Expect(body.First).ToBeVisibleAsync();
        Assert.Contains(HostileDocument.Image, await tab.Page.Locator("main").InnerTextAsync());
        await AssertInert(tab);
        await tab.ScreenshotAsync("hostile-document");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Lists_and_search_show_its_title_as_text()
    {
        foreach (var path in new[] { "/documents?pageSize=100", "/search?q=shelled", "/timeline?outlet=" + Uri.EscapeDataString(HostileDocument.Outlet) })
        {
            await using var tab = await BrowserPage.OpenAsync(dashboard, output, path);
            Assert.Contains("<script>", await tab.Page.Locator("main").InnerTextAsync());
            await AssertInert(tab);
            tab.AssertNothingWentWrong();
        }
    }
}
