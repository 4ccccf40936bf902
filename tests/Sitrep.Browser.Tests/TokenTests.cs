using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sitrep.Web;
using Xunit.Abstractions;

namespace Sitrep.Browser.Tests;

/// <summary>
/// A dashboard started with a token, as for a shared server: a browser that opened it once with ?token= keeps
/// working (pages, assets and the charts' API calls ride on the cookie); one without the token gets nothing.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class TokenTests(DashboardFixture dashboard, ITestOutputHelper output)
{
    private const string Token = "correct-horse-battery-staple";

    private async Task<(WebApplication App, string BaseUrl)> StartWithToken()
    {
        var app = DashboardHost.Create(new DashboardOptions { DbPath = dashboard.DbPath, Urls = "http://127.0.0.1:0", Token = Token });
        await app.StartAsync();
        return (app, DashboardHost.Addresses(app).Single());
    }

    [ChromiumFact]
    public async Task Opened_once_with_the_token_every_page_and_chart_works_without_it_in_the_url()
    {
        var (app, baseUrl) = await StartWithToken();
        await using var _ = app;
        await using var tab = await BrowserPage.OpenAsync(dashboard.Browser, baseUrl, output, "/?token=" + Token);

        await tab.Page.Locator("nav#nav a[href='/network']").ClickAsync();
        await tab.Page.WaitForURLAsync("**/network");
        await tab.Page.Locator("#network-graph svg a.edge").First.WaitForAsync();
        await tab.Page.Locator("nav#nav a[href='/timeline']").ClickAsync();
        await tab.Page.Locator("#timeline-chart svg a.day").First.WaitForAsync();
        Assert.DoesNotContain("token", tab.Page.Url, StringComparison.Ordinal);
        // The chart's links never carry the token into the address bar or history.
        var hrefs = await tab.Page.Locator("svg a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))");
        Assert.All(hrefs, href => Assert.DoesNotContain(Token, href, StringComparison.Ordinal));
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Without_the_token_the_browser_gets_a_401_and_no_data()
    {
        var (app, baseUrl) = await StartWithToken();
        await using var _ = app;
        var context = await dashboard.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        try
        {
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "/", "/timeline", "/api/events", "/assets/network.js", "/?token=wrong" })
            {
                var response = await page.GotoAsync(path);
                Assert.Equal(401, response!.Status);
                var body = await page.Locator("body").InnerTextAsync();
                Assert.Contains("401 Unauthorized", body, StringComparison.Ordinal);
                Assert.DoesNotContain("PRK", body, StringComparison.Ordinal);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
