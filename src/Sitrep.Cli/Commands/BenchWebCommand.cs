using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Benchmarking.Web;
using Sitrep.Coding;
using Sitrep.Domain;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep bench-web`: dashboard API latency at scale. Codes the corpus, saves copies of it (dates, states and outlets
/// varied) until the database holds N events, reconciles, then times every endpoint over HTTP (p50/p95).
/// </summary>
internal static class BenchWebCommand
{
    public static Command Create()
    {
        var events = new Option<int>("--events") { Description = "Events to fill the database with.", DefaultValueFactory = _ => 100_000 };
        events.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--events must be at least 1.");
        });
        var corpus = new Option<string>("--corpus") { Description = "Folder or file of news to code and copy (default: samples/).", DefaultValueFactory = _ => "samples" };
        var db = new Option<string?>("--db") { Description = "Keep the filled database here; an existing file is reused as it is (no fill)." };
        var requests = new Option<int>("--requests") { Description = "Timed requests per endpoint (after one cold request).", DefaultValueFactory = _ => 20 };
        requests.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--requests must be at least 1.");
        });
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var command = new Command("bench-web", "Measure dashboard API latency (p50/p95 per endpoint) on a database filled to N events.")
        {
            events, corpus, db, requests, json,
        };
        command.SetAction(r => Run(r.GetValue(events), r.GetValue(corpus)!, r.GetValue(db), r.GetValue(requests), r.GetValue(json)));
        return command;
    }

    private static int Run(int events, string corpus, string? db, int requests, bool json)
    {
        var temporary = db is null;
        var path = db ?? Path.Combine(Path.GetTempPath(), $"sitrep-bench-web-{Guid.NewGuid():N}.db");
        try
        {
            double fillSeconds = 0, reconcileSeconds = 0;
            if (!File.Exists(path))
            {
                var samples = Code(corpus);
                if (samples is null) return 1;
                using var store = SqliteStore.Open(path);
                var clock = Stopwatch.StartNew();
                var documents = SyntheticCorpus.Fill(store, samples, events, Coder.Version);
                fillSeconds = clock.Elapsed.TotalSeconds;
                Console.Error.WriteLine($"sitrep bench-web: saved {documents} documents in {fillSeconds:F1} s; reconciling...");
                clock.Restart();
                SitrepPipeline.Reconcile(store);
                reconcileSeconds = clock.Elapsed.TotalSeconds;
            }
            StoreCounts counts;
            using (var store = SqliteStore.Open(path)) counts = store.Counts();
            if (counts.Events == 0)
            {
                Console.Error.WriteLine($"sitrep bench-web: {path} holds no events; give a new file to --db to fill one.");
                return 1;
            }
            Console.Error.WriteLine($"sitrep bench-web: {counts.Events} events, {counts.Documents} documents in {path}; timing endpoints...");
            var progress = new Progress<string>(name => Console.Error.WriteLine($"  {name}"));
            var timings = WebBench.Run(path, requests, json ? null : progress).GetAwaiter().GetResult();
            if (json) WriteJson(counts, fillSeconds, reconcileSeconds, timings);
            else Show(counts, fillSeconds, reconcileSeconds, timings);
            return 0;
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"sitrep bench-web: {e.Message}");
            return 1;
        }
        finally
        {
            if (temporary)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
            }
        }
    }

    private static List<DocumentAnalysis>? Code(string corpus)
    {
        if (!Directory.Exists(corpus) && !File.Exists(corpus))
        {
            Console.Error.WriteLine($"sitrep bench-web: corpus not found: {corpus} (give one with --corpus)");
            return null;
        }
        var coder = Coder.Default();
        var analyses = new List<DocumentAnalysis>();
        foreach (var item in new Ingestor().Read([corpus]))
            if (item is IngestedDocument d) analyses.Add(coder.Code(d.Document).Analysis);
        analyses = [.. analyses.DistinctBy(a => a.Document.Id)];
        if (analyses.Sum(a => a.Events.Count) == 0)
        {
            Console.Error.WriteLine($"sitrep bench-web: no events coded from {corpus}");
            return null;
        }
        return analyses;
    }

    private static void Show(StoreCounts counts, double fill, double reconcile, IReadOnlyList<EndpointTiming> timings)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]Dashboard API, {counts.Events:N0} events, {counts.Documents:N0} documents[/]");
        foreach (var c in new[] { "Endpoint", "First ms", "p50 ms", "p95 ms", "Max ms" }) table.AddColumn(c);
        foreach (var t in timings)
            table.AddRow(Markup.Escape(t.Name), F(t.FirstMs), F(t.P50Ms), t.P95Ms < 200 ? F(t.P95Ms) : $"[red]{F(t.P95Ms)}[/]", F(t.MaxMs));
        AnsiConsole.Write(table);
        if (fill > 0) AnsiConsole.MarkupLine($"Fill {fill:F1} s, reconcile {reconcile:F1} s. Target: p95 < 200 ms.");
    }

    private static void WriteJson(StoreCounts counts, double fill, double reconcile, IReadOnlyList<EndpointTiming> timings)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            events = counts.Events,
            documents = counts.Documents,
            fillSeconds = Math.Round(fill, 1),
            reconcileSeconds = Math.Round(reconcile, 1),
            endpoints = timings,
        }, options));
    }

    private static string F(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);
}
