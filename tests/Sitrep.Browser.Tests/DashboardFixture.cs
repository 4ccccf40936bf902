using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sitrep.Domain;
using Sitrep.Pipeline;
using Sitrep.Store;
using Sitrep.Web;

namespace Sitrep.Browser.Tests;

/// <summary>
/// Once for all browser tests: a database built from <c>samples/</c> plus a hostile document by the real pipeline,
/// the dashboard serving it in-process on a free loopback port, and headless Debian Chromium.
/// Without /usr/bin/chromium nothing is started (the tests are skipped).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-browser-" + Guid.NewGuid().ToString("N")[..10]);
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public string DbPath => Path.Combine(_folder, "dashboard.db");
    public AnalysisReport Report { get; private set; } = null!;

    /// <summary>The stored document whose title carries the hostile markup.</summary>
    public Document Hostile => Report.Documents.Single(d => d.Title?.Contains(HostileDocument.Script, StringComparison.Ordinal) == true);

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        var db = DbPath;
        var hostileFolder = Path.Combine(_folder, "hostile");
        HostileDocument.WriteTo(hostileFolder);
        using (var store = SqliteStore.Open(db))
            Report = SitrepPipeline.CreateBuilder().Build().Analyze([Checkout.Samples, hostileFolder], store);

        _app = DashboardHost.Create(new DashboardOptions { DbPath = db, Urls = "http://127.0.0.1:0" });
        await _app.StartAsync();
        BaseUrl = DashboardHost.Addresses(_app).Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        (_playwright, Browser) = await Chromium.LaunchAsync();
        Directory.CreateDirectory(Checkout.Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
