using System.Net;
using System.Net.Http.Headers;

namespace Sitrep.Web.Tests;

/// <summary>With a token, every request needs it; without one, only loopback addresses may be used.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class TokenTests(SampleDashboard d)
{
    private const string Token = "correct-horse-battery";

    [Fact]
    public async Task Requests_without_the_token_get_a_short_401()
    {
        var (app, client) = await SampleDashboard.Start(new DashboardOptions { DbPath = d.DbPath, Urls = "http://127.0.0.1:0", Token = Token });
        await using var _ = app;
        using (client)
        {
            foreach (var url in new[] { "/", "/api/events", "/assets/site.css", "/documents/" + d.HostileId })
            {
                using var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
                Assert.Contains("token", body);
                Assert.True(body.Length < 200);
            }
            using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/events");
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/?token=guess")).StatusCode);
        }
    }

    [Fact]
    public async Task A_bearer_header_opens_everything()
    {
        var (app, client) = await SampleDashboard.Start(new DashboardOptions { DbPath = d.DbPath, Urls = "http://127.0.0.1:0", Token = Token });
        await using var _ = app;
        using (client)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            foreach (var url in new[] { "/", "/api/events", "/assets/site.css" })
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_token_in_the_query_once_sets_an_http_only_cookie_for_later_requests()
    {
        var (app, client) = await SampleDashboard.Start(new DashboardOptions { DbPath = d.DbPath, Urls = "http://127.0.0.1:0", Token = Token });
        await using var _ = app;
        using (client)
        {
            using var first = await client.GetAsync($"/timeline?token={Token}");
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

            // HttpClient keeps cookies by default, as a browser does.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/network")).StatusCode);
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://10.0.0.5:5080")]
    public void Listening_beyond_loopback_without_a_token_is_refused(string urls)
    {
        var error = Assert.Throws<DashboardException>(() => DashboardHost.Create(new DashboardOptions { DbPath = d.DbPath, Urls = urls }));

        Assert.Contains("token", error.Message);
        Assert.Contains(urls.Split(';')[^1], error.Message);
    }

    [Theory]
    [InlineData("http://localhost:0")]
    [InlineData("http://[::1]:0")]
    [InlineData("http://0.0.0.0:0")]
    public async Task Loopback_needs_no_token_and_any_address_may_be_used_with_one(string urls)
    {
        var token = urls.Contains("0.0.0.0", StringComparison.Ordinal) ? Token : null;
        var app = DashboardHost.Create(new DashboardOptions { DbPath = d.DbPath, Urls = urls, Token = token });
        await app.DisposeAsync();
    }

    [Fact]
    public void A_missing_database_or_a_bad_url_is_a_clear_error()
    {
        var missing = Assert.Throws<DashboardException>(() => DashboardHost.Create(new DashboardOptions { DbPath = "/nowhere/sitrep.db" }));
        var badUrl = Assert.Throws<DashboardException>(() => DashboardHost.Create(new DashboardOptions { DbPath = d.DbPath, Urls = "ftp://127.0.0.1" }));

        Assert.Contains("sitrep analyze", missing.Message);
        Assert.Contains("ftp://127.0.0.1", badUrl.Message);
    }
}

/// <summary>SITREP_TOKEN changes the whole process's environment, so these tests run alone.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public sealed class EnvironmentTokenTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public async Task The_environment_variable_supplies_the_token()
    {
        var db = _dir.File("empty.db");
        Sitrep.Store.SqliteStore.Open(db).Dispose();
        Environment.SetEnvironmentVariable(DashboardOptions.TokenVariable, "from-environment");
        try
        {
            var (app, client) = await SampleDashboard.Start(new DashboardOptions { DbPath = db, Urls = "http://127.0.0.1:0" });
            await using var _ = app;
            using (client)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/overview")).StatusCode);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "from-environment");
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/overview")).StatusCode);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(DashboardOptions.TokenVariable, null);
        }
    }
}
