using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep serve`: the web dashboard over a database (pages and JSON API; docs/WEB.md). Loopback only unless a
/// token guards it; Ctrl+C stops it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Database written by 'sitrep analyze'.", DefaultValueFactory = _ => "sitrep.db" };
        var urls = new Option<string>("--urls") { Description = "Where to listen (e.g. http://127.0.0.1:5080; several separated by ';').", DefaultValueFactory = _ => DashboardOptions.DefaultUrls };
        var token = new Option<string?>("--token") { Description = $"Require this token on every request (header 'Authorization: Bearer TOKEN', or ?token=TOKEN once). Needed to listen beyond this machine; {DashboardOptions.TokenVariable} also sets it." };
        var command = new Command("serve", "Open the web dashboard over a database: overview, timeline, network, claims, escalation, documents, search.") { db, urls, token };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(urls)!, r.GetValue(token)));
        return command;
    }

    private static int Run(string db, string urls, string? token)
    {
        if (!File.Exists(db))
        {
            Console.Error.WriteLine($"sitrep serve: {db}: no such database (run 'sitrep analyze' first)");
            return 1;
        }
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = DashboardHost.Create(new DashboardOptions { DbPath = db, Urls = urls, Token = token });
        }
        catch (DashboardException e)
        {
            Console.Error.WriteLine($"sitrep serve: {e.Message}");
            return 1;
        }
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use or an address it cannot bind as an IOException.
            Console.Error.WriteLine($"sitrep serve: cannot listen on {urls}: {e.Message}");
            return 1;
        }
        var guarded = !string.IsNullOrEmpty(token) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DashboardOptions.TokenVariable));
        foreach (var address in DashboardHost.Addresses(app))
            Console.WriteLine($"Sitrep dashboard for {db}: open {address}/{(guarded ? "?token=YOUR-TOKEN" : "")}");
        Console.WriteLine("Press Ctrl+C to stop.");
        app.WaitForShutdown();
        ((IDisposable)app).Dispose();
        return 0;
    }
}
