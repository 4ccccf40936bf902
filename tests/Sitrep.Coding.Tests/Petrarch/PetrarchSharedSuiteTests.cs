using System.Diagnostics;
using System.Text.Json;
using Sitrep.Coding.Petrarch;
using Xunit.Abstractions;

namespace Sitrep.Coding.Tests.Petrarch;

/// <summary>
/// Runs against the public PETRARCH data in &lt;repo root&gt;/../shared/data/petrarch when this machine has it; skips
/// (returns, with a message) when it does not. Floors are in petrarch-floor.json beside this file.
/// </summary>
public sealed class PetrarchSharedSuiteTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("all_codes", false)]
    [InlineData("plover_only", true)]
    public void The_petrarch_unit_test_suite_passes_at_least_the_recorded_floor(string mode, bool ploverOnly)
    {
        var folder = PetrarchTestKit.SharedPetrarch();
        var suite = folder is null ? null : Path.Combine(folder, "PETR.UnitTest.records.xml");
        if (suite is null || !File.Exists(suite))
        {
            output.WriteLine("Skipped: ../shared/data/petrarch/PETR.UnitTest.records.xml is not on this machine.");
            return;
        }
        var floor = Floor(mode);
        var v = PetrarchValidator.Run(suite, ploverOnly ? PetrarchImportOptions.Default : null);
        Assert.Equal(ploverOnly, v.PloverOnly);
        output.WriteLine($"{mode}: {v.Total.Passed}/{v.Total.Records} = {v.Total.PassRate:P1} (floor {floor:P0})");
        foreach (var (category, t) in v.ByCategory) output.WriteLine($"  {category}: {t.Passed}/{t.Records}");
        // The suite's own dictionaries load; what they get wrong on purpose (codes such as "def") is reported, not fatal.
        Assert.True(v.LoadErrors.Count < 10, string.Join("\n", v.LoadErrors));
        Assert.True(v.Total.PassRate >= floor, $"pass rate {v.Total.PassRate:P1} fell below the floor {floor:P0}");
    }

    [Fact]
    public void The_phoenix_dictionaries_load_beside_the_built_ins_quickly_and_in_bounded_memory()
    {
        var folder = PetrarchTestKit.SharedPetrarch();
        if (folder is null || !File.Exists(Path.Combine(folder, "CAMEO.2.0.txt")))
        {
            output.WriteLine("Skipped: ../shared/data/petrarch (Phoenix and CAMEO dictionaries) is not on this machine.");
            return;
        }
        var files = Directory.EnumerateFiles(folder, "Phoenix.*.txt").Append(Path.Combine(folder, "CAMEO.2.0.txt")).Order(StringComparer.Ordinal).ToList();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var builder = new CoderBuilder();
        foreach (var f in files) builder.AddDictionaries(f);
        var coder = builder.Build();
        clock.Stop();
        var heap = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1e6;
        var workingSet = Process.GetCurrentProcess().WorkingSet64 / 1e6;
        output.WriteLine($"loaded {files.Count} files in {clock.ElapsedMilliseconds} ms; dictionaries {heap:F1} MB on the heap; working set {workingSet:F0} MB");
        output.WriteLine($"{coder.Lexicon.Actors.Count} actor phrases, {coder.Lexicon.Verbs.PatternCount} event patterns, {coder.LoadErrors.Count} load errors");
        foreach (var note in coder.Lexicon.Notes) output.WriteLine(note);
        Assert.True(coder.Lexicon.Actors.Count > 50_000, $"only {coder.Lexicon.Actors.Count} actor phrases");
        Assert.True(coder.Lexicon.Verbs.PatternCount > 30_000, $"only {coder.Lexicon.Verbs.PatternCount} event patterns");
        // Memory is a property of the data structures, so it is checked; load time is measured by `sitrep bench
        // --dictionaries …` and recorded in docs/BENCHMARKS.md, never asserted in a test.
        Assert.True(heap < 400, $"the dictionaries take {heap:F0} MB");
        GC.KeepAlive(coder);
    }

    private static double Floor(string mode)
    {
        var path = Path.Combine(PetrarchTestKit.RepoRoot() ?? throw new InvalidOperationException("repository root not found"),
            "tests", "Sitrep.Coding.Tests", "Petrarch", "petrarch-floor.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty(mode).GetDouble();
    }
}
