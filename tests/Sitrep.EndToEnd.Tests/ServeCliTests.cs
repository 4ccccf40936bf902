using System.Diagnostics;
using System.Text.RegularExpressions;
using Sitrep.Store;

namespace Sitrep.EndToEnd.Tests;

/// <summary>`sitrep serve` as a user runs it: clear refusals, the URL printed, Ctrl+C stopping it cleanly.</summary>
public sealed partial class ServeCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public void A_missing_database_says_to_run_analyze_first()
    {
        var r = CliRunner.Run(_dir.Path, "serve", "--db", "nothing.db");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nothing.db", r.Stderr);
        Assert.Contains("sitrep analyze", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Listening_on_every_interface_without_a_token_is_refused()
    {
        SqliteStore.Open(_dir.File("sitrep.db")).Dispose();

        var r = CliRunner.Run(_dir.Path, "serve", "--urls", "http://0.0.0.0:5099");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--token", r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task It_prints_the_url_serves_it_and_stops_on_ctrl_c()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        SqliteStore.Open(_dir.File("sitrep.db")).Dispose();
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "serve", "--urls", "http://127.0.0.1:0" }) psi.ArgumentList.Add(a);
        using var serve = Process.Start(psi)!;
        try
        {
            var line = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var url = Url().Match(line ?? "");
            Assert.True(url.Success, $"no URL in '{line}'; stderr: {(serve.HasExited ? await serve.StandardError.ReadToEndAsync() : "")}");

            using var client = new HttpClient();
            var overview = await client.GetAsync(url.Value.TrimEnd('/') + "/api/overview");
            Assert.Equal(System.Net.HttpStatusCode.OK, overview.StatusCode);

            // Ctrl+C is SIGINT.
            using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            await serve.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, serve.ExitCode);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/")]
    private static partial Regex Url();
}
