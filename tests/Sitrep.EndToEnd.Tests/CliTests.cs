using System.Text.Json;

namespace Sitrep.EndToEnd.Tests;

/// <summary>The command line as a user meets it: usage errors, help, the JSON contract, export.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Usage_errors_are_one_line_with_exit_code_1()
    {
        var r = CliRunner.Run(_dir.Path, "analyze");
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var unknown = CliRunner.Run(_dir.Path, "frobnicate");
        Assert.Equal(1, unknown.ExitCode);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var r = CliRunner.Run(_dir.Path, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("analyze", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("export", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_and_exports_follow_the_contract()
    {
        var db = _dir.File("s.db");
        var json = _dir.File("out.json");
        var run = CliRunner.Run(_dir.Path, "analyze", Repo.Samples, "--db", db, "--json", json, "--markdown", _dir.File("out.md"), "--quiet");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        foreach (var key in new[] { "documents", "events", "claims", "reconciled" }) Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
        var e = root.GetProperty("events")[0];
        foreach (var key in new[] { "id", "document", "sentence", "start", "end", "text", "date", "event", "mode", "context", "cameo", "actor", "recipient", "negated", "hedged", "attribution" })
            Assert.True(e.TryGetProperty(key, out _), $"event lacks '{key}'");
        var a = e.GetProperty("actor")[0];
        foreach (var key in new[] { "text", "code", "sector", "start", "end" }) Assert.True(a.TryGetProperty(key, out _), $"actor lacks '{key}'");
        var c = root.GetProperty("claims")[0];
        foreach (var key in new[] { "id", "document", "sentence", "start", "end", "text", "subject", "actor", "value", "low", "high", "unit", "qualifier", "attribution", "date" })
            Assert.True(c.TryGetProperty(key, out _), $"claim lacks '{key}'");
        var g = root.GetProperty("reconciled")[0];
        foreach (var key in new[] { "key", "claims", "sources", "low", "high", "status" }) Assert.True(g.TryGetProperty(key, out _), $"group lacks '{key}'");
        Assert.Contains("# Sitrep report", File.ReadAllText(_dir.File("out.md")), StringComparison.Ordinal);

        var csv = CliRunner.Run(_dir.Path, "export", "--db", db, "--format", "csv", "--what", "claims");
        Assert.Equal(0, csv.ExitCode);
        var rows = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,document,sentence", rows[0], StringComparison.Ordinal);
        Assert.Equal(root.GetProperty("claims").GetArrayLength() + 1, rows.Length - rows.Count(r => !r.Contains(',', StringComparison.Ordinal)));

        var jsonl = CliRunner.Run(_dir.Path, "export", "--db", db, "--format", "jsonl", "--what", "events");
        var lines = jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(root.GetProperty("events").GetArrayLength(), lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
    }

    [Fact]
    public void Export_from_a_missing_database_is_a_clear_error()
    {
        var r = CliRunner.Run(_dir.Path, "export", "--db", _dir.File("nope.db"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nope.db", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_as_a_document()
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var a in new[] { "analyze", "-", "--db", _dir.File("stdin.db"), "--quiet" }) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardInput.Write("Russia launched a missile attack on Ukraine's power grid on Sunday, Ukrainian officials said.\n");
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("1 documents read", output, StringComparison.Ordinal);
    }
}
