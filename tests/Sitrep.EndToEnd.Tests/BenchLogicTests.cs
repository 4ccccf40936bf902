using System.Text;
using System.Text.Json;
using Sitrep.Benchmarking;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.EndToEnd.Tests;

/// <summary>
/// The bench's bookkeeping, never its timings: tiling reaches the size asked for with distinct ids, and a run
/// counts the sentences, events and claims the coder really produced.
/// </summary>
public sealed class BenchLogicTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // Curly quotes and dashes make UTF-8 bytes differ from UTF-16 chars, so the size unit is tested too.
    private static readonly Document Strike = News("strike",
        "Russian missiles hit Odesa port overnight\n\n" +
        "ODESA, Ukraine — Russian forces struck the port of Odesa with ballistic missiles overnight, killing four " +
        "people and wounding at least 19, regional governor Oleh Kiper said on Tuesday.\n\n" +
        "Ukraine’s foreign ministry accused Moscow of targeting grain terminals and called on its partners to send " +
        "more air-defence systems.");

    private static readonly Document Talks = News("talks",
        "Turkey offers to host prisoner exchange talks\n\n" +
        "ANKARA — Turkey offered on Monday to host talks between Russia and Ukraine on exchanging prisoners of war, " +
        "the Turkish foreign ministry said. Officials in Kyiv said about 1,500 Ukrainians were still held in Russia.\n\n" +
        "The Kremlin said it would study the proposal.");

    private static Document News(string id, string text) => new()
    {
        Id = id,
        Path = id + ".txt",
        Text = text,
        Title = text.Split('\n')[0],
        Outlet = "Harbour Signal",
        Published = new DateTimeOffset(2024, 11, 12, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Tiling_reaches_the_requested_utf8_size_with_distinct_ids()
    {
        var corpus = TiledCorpus.Tile([Strike, Talks], 20_000);

        Assert.True(corpus.Utf8Bytes >= 20_000, $"tiled to {corpus.Utf8Bytes} bytes");
        Assert.Equal(corpus.Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)), corpus.Utf8Bytes);
        Assert.True(corpus.Utf8Bytes > corpus.Documents.Sum(d => (long)d.Text.Length), "size must count UTF-8 bytes, not chars");
        // It stops at the first document that reaches the size: one fewer would fall short.
        Assert.True(corpus.Utf8Bytes - Encoding.UTF8.GetByteCount(corpus.Documents[^1].Text) < 20_000);
        Assert.Equal(corpus.Documents.Count, corpus.Documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, corpus.SourceDocuments);
        Assert.Equal(["strike", "talks", "strike~1", "talks~1"], corpus.Documents.Take(4).Select(d => d.Id));
        Assert.All(corpus.Documents, d => Assert.Same(d.Id.StartsWith("strike", StringComparison.Ordinal) ? Strike.Text : Talks.Text, d.Text));
    }

    [Fact]
    public void A_corpus_already_big_enough_is_used_once_and_duplicates_are_dropped()
    {
        var corpus = TiledCorpus.Tile([Strike, Talks, Strike with { Path = "copy-of-strike.jsonl#1" }], 10);

        Assert.Equal(["strike", "talks"], corpus.Documents.Select(d => d.Id));
        Assert.Equal(2, corpus.SourceDocuments);
    }

    [Fact]
    public void A_corpus_without_text_cannot_be_tiled()
    {
        Assert.Throws<ArgumentException>(() => TiledCorpus.Tile([News("blank", "")], 1_000));
    }

    [Fact]
    public void A_bench_run_on_a_tiny_corpus_counts_what_the_coder_found()
    {
        var settings = new BenchSettings { Mb = 0.05, Threads = 2, WarmUpMb = 0.01 };
        var report = Bench.Run([Strike, Talks], settings);

        var tiled = TiledCorpus.Tile([Strike, Talks], 50_000);
        var coder = Sitrep.Coding.Coder.Default();
        var expectedSentences = tiled.Documents.Sum(d => SentenceSplitter.Split(d).Count);
        var expectedEvents = tiled.Documents.Sum(d => coder.Code(d).Analysis.Events.Count);

        Assert.Equal(tiled.Documents.Count, report.Documents);
        Assert.Equal(tiled.Utf8Bytes / 1e6, report.Mb, precision: 9);
        Assert.Equal(expectedSentences, report.SingleThread.Sentences);
        Assert.Equal(expectedEvents, report.SingleThread.Events);
        Assert.True(report.SingleThread.Events > 0 && report.SingleThread.Claims > 0, "the strike article has events and a casualty claim");
        // Splitting the work over threads must not lose or double any document.
        Assert.Equal(2, report.Parallel.Threads);
        Assert.Equal(report.SingleThread with { Threads = 2, Elapsed = report.Parallel.Elapsed, Cost = report.Parallel.Cost }, report.Parallel);
        Assert.True(report.LoadMs > 0 && report.PeakWorkingSetMb > 0 && report.DictionaryHeapMb > 0);
    }

    [Fact]
    public void One_thread_runs_a_single_pass_with_a_speedup_of_one()
    {
        var report = Bench.Run([Talks], new BenchSettings { Mb = 0.01, Threads = 1, WarmUpMb = 0 });

        Assert.Same(report.SingleThread, report.Parallel);
        Assert.Equal(1, report.Speedup);
    }

    [Fact]
    public void Each_round_times_both_passes_and_the_report_keeps_the_median_ones()
    {
        var report = Bench.Run([Strike, Talks], new BenchSettings { Mb = 0.02, Threads = 2, WarmUpMb = 0, Runs = 3 });

        Assert.Equal(3, report.SingleThreadRuns.Count);
        Assert.Equal(3, report.ParallelRuns.Count);
        Assert.Equal(report.SingleThreadRuns.Order().ElementAt(1), report.SingleThread.MbPerSecond);
        Assert.Equal(report.ParallelRuns.Order().ElementAt(1), report.Parallel.MbPerSecond);
    }

    [Fact]
    public void The_median_pass_is_the_middle_one_by_speed_and_the_lower_middle_of_an_even_count()
    {
        static PassResult Pass(double seconds) => new(1, 10, 1_000_000, 50, 20, 5, TimeSpan.FromSeconds(seconds), default);

        // By speed: 2 s is the slowest, 0.5 s the fastest; the middle one took 1 s.
        Assert.Equal(1, Bench.Median([Pass(1), Pass(0.5), Pass(2)]).Elapsed.TotalSeconds);
        // Four passes: the lower of the two middle speeds (the 2 s pass, not the 1 s one).
        Assert.Equal(2, Bench.Median([Pass(1), Pass(0.5), Pass(2), Pass(4)]).Elapsed.TotalSeconds);
        Assert.Throws<ArgumentException>(() => Bench.Median([]));
    }

    [Fact]
    public void Json_puts_the_contract_keys_first()
    {
        var report = Bench.Run([Strike], new BenchSettings { Mb = 0.01, Threads = 2, WarmUpMb = 0 });
        using var json = JsonDocument.Parse(BenchJson.ToJson(report));

        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["mb_per_s", "sentences_per_s", "events_per_s", "threads", "peak_working_set_mb", "load_ms"], keys[..6]);
        foreach (var key in new[] { "single_thread_mb_per_s", "speedup", "mb", "single_thread_runs_mb_per_s", "runs_mb_per_s" }) Assert.Contains(key, keys);
        Assert.Equal(2, json.RootElement.GetProperty("threads").GetInt32());
        Assert.Equal(report.Parallel.Events, json.RootElement.GetProperty("events").GetInt64());
    }

    [Fact]
    public void The_bench_command_prints_one_json_object_for_a_small_run()
    {
        var r = CliRunner.Run(Repo.Root, "bench", "--mb", "0.3", "--threads", "2", "--json");

        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.True(json.RootElement.GetProperty("mb").GetDouble() >= 0.3);
        Assert.True(json.RootElement.GetProperty("sentences").GetInt64() > 0);
        Assert.True(json.RootElement.GetProperty("events").GetInt64() > 0);
    }

    [Fact]
    public void The_bench_command_rejects_a_missing_corpus_and_a_zero_size()
    {
        var missing = CliRunner.Run(_dir.Path, "bench", "--mb", "1");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("corpus not found: samples", missing.Stderr, StringComparison.Ordinal);

        var zero = CliRunner.Run(Repo.Root, "bench", "--mb", "0");
        Assert.Equal(1, zero.ExitCode);
        Assert.Contains("--mb must be more than 0", zero.Stderr, StringComparison.Ordinal);

        var noRounds = CliRunner.Run(Repo.Root, "bench", "--runs", "0");
        Assert.Equal(1, noRounds.ExitCode);
        Assert.Contains("--runs must be at least 1", noRounds.Stderr, StringComparison.Ordinal);
    }
}
