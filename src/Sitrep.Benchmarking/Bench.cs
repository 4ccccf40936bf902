using System.Diagnostics;
using Sitrep.Coding;
using Sitrep.Domain;

namespace Sitrep.Benchmarking;

/// <summary>
/// The end-to-end bench behind `sitrep bench`: time the dictionary load, tile the corpus to size, warm up,
/// until the JIT has settled, then time text + coding once on one thread and once on the requested threads.
/// </summary>
public static class Bench
{
    public static BenchReport Run(IEnumerable<Document> corpus, BenchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Runs, 1);
        var source = corpus as IReadOnlyCollection<Document> ?? corpus.ToList();

        var (coder, loadMs, loadCpuMs, heapMb) = LoadCoder(settings.Dictionaries);
        var tiled = TiledCorpus.Tile(source, ToBytes(settings.Mb));

        if (settings.WarmUpMb > 0)
            WarmUp.Run(coder, TiledCorpus.Tile(source, ToBytes(Math.Min(settings.Mb, settings.WarmUpMb))), settings.Threads);

        // Rounds alternate the two passes, so both sample the same stretches of the machine's weather.
        var singles = new List<PassResult>();
        var parallels = new List<PassResult>();
        for (var round = 0; round < settings.Runs; round++)
        {
            singles.Add(Timed(coder, tiled, 1));
            if (settings.Threads > 1) parallels.Add(Timed(coder, tiled, settings.Threads));
        }
        var single = Median(singles);
        var parallel = settings.Threads > 1 ? Median(parallels) : single;

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new BenchReport(tiled.SourceDocuments, loadMs, heapMb, single, parallel,
            process.PeakWorkingSet64 / TiledCorpus.BytesPerMb, coder.LoadErrors)
        {
            LoadCpuMs = loadCpuMs,
            SingleThreadRuns = [.. singles.Select(s => s.MbPerSecond)],
            ParallelRuns = settings.Threads > 1 ? [.. parallels.Select(p => p.MbPerSecond)] : [.. singles.Select(s => s.MbPerSecond)],
        };
    }

    private static (Coder Coder, double LoadMs, double LoadCpuMs, double HeapMb) LoadCoder(IReadOnlyList<string> dictionaries)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = PassCost.Now().Cpu;
        var clock = Stopwatch.StartNew();
        var builder = new CoderBuilder();
        foreach (var d in dictionaries) builder.AddDictionaries(d);
        var coder = builder.Build();
        clock.Stop();
        var cpuMs = (PassCost.Now().Cpu - cpu).TotalMilliseconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (coder, clock.Elapsed.TotalMilliseconds, cpuMs, Math.Max(0, after - before) / TiledCorpus.BytesPerMb);
    }

    // Garbage left by the previous pass is collected first so it is not billed to this one.
    private static PassResult Timed(Coder coder, TiledCorpus corpus, int threads)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return ThroughputPass.Run(coder, corpus, threads);
    }

    /// <summary>The pass with the median MB/s (the lower middle one of an even count).</summary>
    public static PassResult Median(IReadOnlyList<PassResult> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        if (passes.Count == 0) throw new ArgumentException("no passes", nameof(passes));
        var sorted = passes.OrderBy(p => p.MbPerSecond).ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    private static long ToBytes(double mb) => (long)Math.Ceiling(Math.Max(0, mb) * TiledCorpus.BytesPerMb);
}
