using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.Web.Tests;

/// <summary>
/// The bundled samples plus one hostile article, analysed by the real pipeline into a temporary database, served by
/// the dashboard on a free loopback port for the whole test class.
/// </summary>
public sealed class SampleDashboard : IAsyncLifetime
{
    public const string HostileOutlet = "Hostile Gazette";
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(1)>";

    private readonly TempDir _dir = new();
    private WebApplication? _app;

    public string DbPath => _dir.File("samples.db");

    public AnalysisReport Report { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string HostileId => Report.Documents.Single(d => d.Outlet == HostileOutlet).Id;

    public async Task InitializeAsync()
    {
        var hostile = Directory.CreateDirectory(_dir.File("hostile")).FullName;
        await File.WriteAllTextAsync(Path.Combine(hostile, "hostile.md"), $"""
            ---
            title: "North Korea {Script} sends troops {Image}"
            outlet: {HostileOutlet}
            published: 2024-11-12
            ---
            North Korea has sent more troops to Russia {Script}, according to Ukrainian intelligence.

            Officials said the shipment included shells {Image} and rockets.
            """);
        using (var store = SqliteStore.Open(DbPath))
            Report = SitrepPipeline.CreateBuilder().WithThreads(2).Build().Analyze([Repo.Samples, hostile], store);
        (_app, Client) = await Start(new DashboardOptions { DbPath = DbPath, Urls = "http://127.0.0.1:0" });
    }

    /// <summary>Starts a dashboard and returns it with a client pointed at it.</summary>
    public static async Task<(WebApplication App, HttpClient Client)> Start(DashboardOptions options)
    {
        var app = DashboardHost.Create(options);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(DashboardHost.Addresses(app)[0]) };
        return (app, client);
    }

    public async Task<JsonElement> Json(string url, int expectedStatus = 200)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"{url}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<string> Html(string url, int expectedStatus = 200)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"{url}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        return body;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}

/// <summary>One analysed sample database and dashboard shared by every test class that reads it.</summary>
[CollectionDefinition(nameof(DashboardCollection))]
public sealed class DashboardCollection : ICollectionFixture<SampleDashboard>;
