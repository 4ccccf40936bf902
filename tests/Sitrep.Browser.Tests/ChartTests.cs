using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sitrep.Browser.Tests;

/// <summary>The client-drawn charts: the actor network and the timeline, and where their clicks lead.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ChartTests(DashboardFixture dashboard, ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Network_draws_actors_as_nodes_and_dyads_as_weighted_coloured_edges()
    {
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/network");
        var svg = tab.Page.Locator("#network-graph svg");
        await svg.Locator("a.edge").First.WaitForAsync();

        var actors = await svg.Locator("a.node").EvaluateAllAsync<string[]>("n => n.map(a => a.dataset.actor)");
        Assert.Contains("PRK", actors);
        Assert.Contains("RUS", actors);
        Assert.Contains("UKR", actors);
        Assert.Equal(actors.Length, await svg.Locator("a.node circle").CountAsync());
        Assert.Equal(actors.Length, await svg.Locator("a.node text").CountAsync());

        // Edges differ in width with their event counts, and conflict (UKR → PRK fighting) is drawn red.
        var widths = await svg.Locator("a.edge path").EvaluateAllAsync<double[]>("p => p.map(x => parseFloat(x.getAttribute('stroke-width')))");
        Assert.True(widths.Distinct().Count() >= 2, "every edge has the same width");
        var assault = svg.Locator("a.edge[data-source='UKR'][data-target='PRK'] path");
        Assert.Equal(1, await assault.CountAsync());
        var colour = await assault.GetAttributeAsync("stroke");
        var rgb = colour!["rgb(".Length..^1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(rgb[0] > rgb[1] + 40, $"UKR → PRK drawn {colour}, not red");
        Assert.Contains("UKR \u2192 PRK", await assault.Locator("title").TextContentAsync());
        await tab.ScreenshotAsync("network-graph");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Clicking_an_edge_opens_the_timeline_of_that_dyad()
    {
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/network");
        var edge = tab.Page.Locator("#network-graph svg a.edge[data-source='PRK'][data-target='RUS']");
        await edge.WaitForAsync();

        await edge.Locator("path").DispatchEventAsync("click");
        await tab.Page.WaitForURLAsync("**/timeline?**");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(tab.Page.Url).Query);
        Assert.Equal(("PRK", "RUS"), (query["actor"], query["recipient"]));
        var rows = tab.Page.Locator("tr.event");
        Assert.True(await rows.CountAsync() >= 1);
        foreach (var text in await rows.AllInnerTextsAsync())
            Assert.True(text.Contains("PRK", StringComparison.Ordinal) && text.Contains("RUS", StringComparison.Ordinal), text);
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Timeline_chart_draws_days_and_the_dyad_score_and_a_day_opens_its_events()
    {
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/timeline?actor=PRK&recipient=RUS");
        var svg = tab.Page.Locator("#timeline-chart svg");
        await svg.Locator("a.day").First.WaitForAsync();

        var days = await svg.Locator("a.day").EvaluateAllAsync<string[]>("d => d.map(a => a.dataset.day)");
        Assert.True(days.Length >= 2, "fewer than two days drawn");
        Assert.All(days, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d));
        Assert.True(await svg.Locator("path.score-line").CountAsync() == 1, "no dyad score line");
        Assert.True(await svg.Locator(".score-points circle").CountAsync() >= 1);
        Assert.True(await svg.Locator(".axes text").CountAsync() >= 4, "axes are unlabelled");
        await tab.ScreenshotAsync("timeline-chart");

        var day = days[0];
        await svg.Locator($"a.day[data-day='{day}'] rect").First.DispatchEventAsync("click");
        await tab.Page.WaitForURLAsync($"**/timeline?**from={day}**");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(tab.Page.Url).Query);
        Assert.Equal((day, day, "PRK"), (query["from"], query["to"], query["actor"]));
        Assert.True(await tab.Page.Locator("tr.event").CountAsync() >= 1, $"no events listed for {day}");
        tab.AssertNothingWentWrong();
    }

    [ChromiumFact]
    public async Task Timeline_chart_collapses_decades_of_silence_so_recent_days_stay_readable()
    {
        // The samples mention the 1961 China–North Korea treaty beside the 2024 deployment: 63 years apart.
        await using var tab = await BrowserPage.OpenAsync(dashboard, output, "/timeline");
        var svg = tab.Page.Locator("#timeline-chart svg");
        await svg.Locator("a.day").First.WaitForAsync();

        var days = await svg.Locator("a.day").EvaluateAllAsync<string[]>("d => d.map(a => a.dataset.day)");
        Assert.True(string.CompareOrdinal(days.Min(), "2000") < 0, "no event before 2000 in the chart");
        Assert.True(await svg.Locator(".gap").CountAsync() >= 1, "no collapsed gap");
        var widths = await svg.Locator("a.day rect[fill='#5b7fa6']").EvaluateAllAsync<double[]>("r => r.map(x => x.getBBox().width)");
        Assert.All(widths, w => Assert.True(w >= 4, $"a bar is only {w:0.#} units wide"));
        var years = await svg.Locator(".axes text").AllTextContentsAsync();
        Assert.Contains("2024", years);
        await tab.ScreenshotAsync("timeline-all");
        tab.AssertNothingWentWrong();
    }
}
