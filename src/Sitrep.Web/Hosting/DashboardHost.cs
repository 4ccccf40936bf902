using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Store;
using Sitrep.Store.Browsing;
using Sitrep.Web.Api;
using Sitrep.Web.Pages;
using Sitrep.Web.Html;

namespace Sitrep.Web;

/// <summary>Builds the dashboard: the pages, the JSON API behind them, the token gate and security headers.</summary>
public static class DashboardHost
{
    /// <summary>A configured, not yet started web application over the database.</summary>
    /// <exception cref="DashboardException">The database cannot be opened, the URL is not valid, or a non-loopback URL has no token.</exception>
    public static WebApplication Create(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var token = string.IsNullOrEmpty(options.Token) ? Environment.GetEnvironmentVariable(DashboardOptions.TokenVariable) : options.Token;
        if (string.IsNullOrEmpty(token)) token = null;
        ListenAddresses.Check(options.Urls, token is not null);

        StoreBrowser browser;
        try
        {
            browser = StoreBrowser.Open(options.DbPath);
        }
        catch (StoreException e)
        {
            throw new DashboardException(e.Message, e);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });
        builder.Services.AddSingleton(browser);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton<Dashboard>();

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(browser.Dispose);
        // The whole-database aggregates (escalation ladder, overview, network, timeline) take seconds on a large
        // database; compute them once in the background as soon as the server listens, so the first visitor does not wait.
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => Warm(app.Services.GetRequiredService<Dashboard>())));
        app.UseMiddleware<ErrorBoundary>();
        app.UseMiddleware<SecurityHeaders>();
        if (token is not null) app.UseMiddleware<TokenGate>(token);
        app.MapAssets();
        app.MapApi();
        app.MapPages();
        return app;
    }

    private static void Warm(Dashboard dashboard)
    {
        try
        {
            dashboard.Escalation();
            OverviewJson.From(dashboard);
            ApiEndpoints.Network(dashboard, Sitrep.Store.Browsing.EventFilter.None);
            ApiEndpoints.Timeline(dashboard, Sitrep.Store.Browsing.EventFilter.None);
        }
        catch (Exception e) when (e is StoreException or Microsoft.Data.Sqlite.SqliteException or ObjectDisposedException or InvalidOperationException)
        {
            // A warm-up is only an optimisation: a request computes the same figures (and reports any error) itself.
        }
    }

    /// <summary>The addresses the started application listens on (with the real port when 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feature = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return feature?.Addresses.ToList() ?? [];
    }
}
