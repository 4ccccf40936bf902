namespace Sitrep.EndToEnd.Tests;

/// <summary>A batch with broken files: each is named in one line, the good ones are coded, nothing crashes.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public BadInputTests()
    {
        var d = _dir.Path;
        File.WriteAllText(Path.Combine(d, "good-article.md"), """
            ---
            title: Seoul summons envoy over troop reports
            outlet: Harbour Signal
            published: 2024-10-21T08:00:00Z
            ---
            South Korea summoned the Russian ambassador on Monday over reports that North Korea had sent troops to Russia.
            """);
        File.WriteAllText(Path.Combine(d, "second-good.txt"), "Ukraine accused Russia of deploying North Korean soldiers near Kursk.\n");
        File.WriteAllBytes(Path.Combine(d, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.WriteAllText(Path.Combine(d, "empty.md"), "");
        File.WriteAllBytes(Path.Combine(d, "latin1.txt"), [.. "Kyiv said "u8.ToArray(), 0xE9, 0xFF, .. " troops moved."u8.ToArray()]);
        File.WriteAllText(Path.Combine(d, "broken-front-matter.md"), "---\ntitle: \"unterminated\noutlet: X\n\nNo closing marker here.\n");
        File.WriteAllText(Path.Combine(d, "crawl.jsonl"),
            "{\"title\":\"NATO confirms deployment\",\"maintext\":\"NATO said North Korean troops had been deployed to Russia's Kursk region.\",\"source_domain\":\"wire.example\",\"date_publish\":\"2024-10-28 10:00:00\"}\n" +
            "{\"title\": \"broken\", \"maintext\": \n" +
            "{\"title\":\"Kyiv appeals\",\"maintext\":\"Zelensky urged allies to supply more air defence systems.\",\"source_domain\":\"wire.example\",\"date_publish\":\"2024-10-29 10:00:00\"}\n");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_bad_file_is_named_in_one_line_and_the_good_ones_are_coded()
    {
        var db = _dir.File("run.db");
        var r = CliRunner.Run(_dir.Path, "analyze", _dir.Path, "--db", db, "--json", _dir.File("out.json"), "--quiet");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("Exception", r.Stderr + r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr + r.Stdout, StringComparison.Ordinal);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.Contains("photo.txt", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("empty.md", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("latin1.txt", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("broken-front-matter.md", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("crawl.jsonl:2", StringComparison.Ordinal));
        Assert.Equal(5, lines.Length);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(_dir.File("out.json")));
        Assert.Equal(4, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("events").GetArrayLength() >= 3);
    }

    [Fact]
    public void Strict_mode_fails_the_run_when_anything_was_skipped()
    {
        var r = CliRunner.Run(_dir.Path, "analyze", _dir.Path, "--db", _dir.File("strict.db"), "--strict", "--quiet");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void A_failing_batch_leaves_no_partial_rows_and_a_rerun_changes_nothing()
    {
        var db = _dir.File("rerun.db");
        CliRunner.Run(_dir.Path, "analyze", _dir.Path, "--db", db, "--quiet");
        var again = CliRunner.Run(_dir.Path, "analyze", _dir.Path, "--db", db, "--quiet");
        Assert.Contains("4 documents read", again.Stdout, StringComparison.Ordinal);
        using var store = Sitrep.Store.SqliteStore.Open(db);
        Assert.Equal(4, store.Counts().Documents);
    }
}
