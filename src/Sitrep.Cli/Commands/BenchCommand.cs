using System.CommandLine;
using System.Globalization;
using Sitrep.Benchmarking;
using Sitrep.Domain;
using Sitrep.Ingest;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep bench`: throughput of text + coding on a tiled corpus, one thread against many, plus dictionary
/// load time and peak memory. No database is involved; docs/BENCHMARKS.md records past runs.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder or file of news to tile (default: samples/ in the working directory).", DefaultValueFactory = _ => "samples" };
        var mb = new Option<double>("--mb") { Description = "Tile the corpus to at least this many MB of UTF-8 text (1 MB = 10^6 bytes).", DefaultValueFactory = _ => 100 };
        mb.Validators.Add(r =>
        {
            if (!(r.GetValueOrDefault<double>() > 0)) r.AddError("--mb must be more than 0.");
        });
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel pass (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be at least 1.");
        });
        var json = new Option<bool>("--json") { Description = "Print only the figures, as one JSON object." };
        var runs = new Option<int>("--runs") { Description = "Timed rounds (each: one pass on one thread, one on --threads); the median pass of each is reported.", DefaultValueFactory = _ => 3 };
        runs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--runs must be at least 1.");
        });
        var dictionaries = CliOptions.Dictionaries();
        var command = new Command("bench", "Measure text and coding throughput (MB/s, sentences/s, events/s) on one thread and on many.")
        {
            corpus, mb, threads, runs, json, dictionaries,
        };
        command.SetAction(r => Run(r.GetValue(corpus)!, r.GetValue(mb), r.GetValue(threads), r.GetValue(runs), r.GetValue(json), r.GetValue(dictionaries) ?? []));
        return command;
    }

    private static int Run(string corpus, double mb, int threads, int runs, bool json, string[] dictionaries)
    {
        if (!Directory.Exists(corpus) && !File.Exists(corpus))
        {
            Console.Error.WriteLine($"sitrep bench: corpus not found: {corpus} (give one with --corpus)");
            return 1;
        }
        var documents = new List<Document>();
        foreach (var item in new Ingestor().Read([corpus]))
        {
            if (item is IngestedDocument d) documents.Add(d.Document);
            else if (item is IngestFailed f) Console.Error.WriteLine($"sitrep bench: skipped {f.Failure}");
        }
        if (documents.Count == 0 || documents.All(d => d.Text.Length == 0))
        {
            Console.Error.WriteLine($"sitrep bench: no readable documents in {corpus}");
            return 1;
        }

        if (!json) Console.Error.WriteLine($"sitrep bench: tiling {documents.Count} documents to {mb.ToString(CultureInfo.InvariantCulture)} MB, {threads} thread(s), {runs} round(s)...");
        var report = Bench.Run(documents, new BenchSettings { Mb = mb, Threads = threads, Runs = runs, Dictionaries = dictionaries });
        foreach (var e in report.LoadErrors) Console.Error.WriteLine($"sitrep: dictionary: {e}");

        if (json) Console.Out.WriteLine(BenchJson.ToJson(report));
        else Write(AnsiConsole.Console, report);
        return 0;
    }

    private static void Write(IAnsiConsole console, BenchReport r)
    {
        console.Write(Table(r));
        // Below the table, not in its caption: these lines are wider than the table and would wrap badly.
        console.WriteLine($"Size: {F(r.Mb, 1)} MB of UTF-8 document text (1 MB = 10^6 bytes): {F(r.Documents, 0)} documents tiled from {r.SourceDocuments}.");
        console.WriteLine($"Per pass: {F(r.Parallel.Sentences, 0)} sentences, {F(r.Parallel.Events, 0)} events, {F(r.Parallel.Claims, 0)} claims.");
        if (r.SingleThreadRuns.Count > 1)
            console.WriteLine($"Rounds, MB/s (median shown): 1 thread {string.Join(" / ", r.SingleThreadRuns.Select(x => F(x, 2)))}; {r.Parallel.Threads} threads {string.Join(" / ", r.ParallelRuns.Select(x => F(x, 2)))}.");
        console.WriteLine($"Dictionary load: {F(r.LoadMs, 0)} ms ({F(r.LoadCpuMs, 0)} ms CPU), {F(r.DictionaryHeapMb, 1)} MB managed heap. Peak working set: {F(r.PeakWorkingSetMb, 0)} MB.");
    }

    private static Table Table(BenchReport r)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Text + coding, no database[/]")
            .AddColumn("")
            .AddColumn(new TableColumn("1 thread").RightAligned());
        var parallel = r.Parallel.Threads > 1;
        if (parallel) table.AddColumn(new TableColumn($"{r.Parallel.Threads} threads").RightAligned());

        void Row(string label, Func<PassResult, string> cell) =>
            table.AddRow(parallel ? [label, cell(r.SingleThread), cell(r.Parallel)] : [label, cell(r.SingleThread)]);
        Row("MB/s", p => F(p.MbPerSecond, 2));
        Row("documents/s", p => F(p.DocumentsPerSecond, 0));
        Row("sentences/s", p => F(p.SentencesPerSecond, 0));
        Row("events/s", p => F(p.EventsPerSecond, 0));
        Row("claims/s", p => F(p.ClaimsPerSecond, 0));
        Row("elapsed s", p => F(p.Elapsed.TotalSeconds, 2));
        Row("CPU s", p => F(p.Cost.Cpu.TotalSeconds, 2));
        Row("MB per CPU s", p => F(p.MbPerCpuSecond, 2));
        Row("allocated B per B", p => F(p.AllocatedPerByte, 2));
        Row("collections (gen 0/1/2)", p => $"{p.Cost.Gen0}/{p.Cost.Gen1}/{p.Cost.Gen2}");
        Row("GC pause ms", p => F(p.Cost.GcPause.TotalMilliseconds, 0));
        if (parallel) table.AddRow("speed-up", "1.00", F(r.Speedup, 2));
        return table;
    }

    private static string F(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
