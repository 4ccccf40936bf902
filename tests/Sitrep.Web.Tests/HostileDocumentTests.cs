namespace Sitrep.Web.Tests;

/// <summary>A document whose title and body hold script and event-handler markup renders as text everywhere.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class HostileDocumentTests(SampleDashboard d)
{
    [Fact]
    public async Task The_document_page_shows_the_markup_as_text_and_runs_nothing()
    {
        var html = await d.Html($"/documents/{d.HostileId}");

        AssertInert(html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("<title>North Korea &lt;script&gt;", html);
    }

    [Theory]
    [InlineData("/documents")]
    [InlineData("/search?q=alert")]
    [InlineData("/timeline?pageSize=500")]
    [InlineData("/")]
    public async Task Lists_that_show_its_title_or_text_encode_it(string url)
    {
        AssertInert(await d.Html(url));
    }

    [Fact]
    public async Task The_api_returns_the_text_as_data()
    {
        var doc = await d.Json($"/api/documents/{d.HostileId}");

        Assert.Contains(SampleDashboard.Script, doc.GetProperty("title").GetString());
        Assert.Contains(SampleDashboard.Image, doc.GetProperty("text").GetString());
    }

    private static void AssertInert(string html)
    {
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("alert(1)</script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("onerror=alert", html.Replace("onerror=alert(1)&gt;", "", StringComparison.Ordinal));
        // The only scripts are the dashboard's own, from /assets.
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"))
            Assert.Matches("^<script src=\"/assets/[a-z]+\\.js\" defer>$", m.Value);
    }
}
