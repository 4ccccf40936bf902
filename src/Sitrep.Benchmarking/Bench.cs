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
        var source = corpus as IReadOnlyCollection<Document> ?? corpus.ToList();

        var (coder, loadMs, loadCpuMs, heapMb) = LoadCoder(settings.Dictionaries);
        var tiled = TiledCorpus.Tile(source, ToBytes(settings.Mb));

        if (settings.WarmUpMb > 0)
            WarmUp.Run(coder, TiledCorpus.Tile(source, ToBytes(Math.Min(settings.Mb, settings.WarmUpMb))), settings.Threads);

        var single = Timed(coder, tiled, 1);
        var parallel = settings.Threads > 1 ? Timed(coder, tiled, settings.Threads) : single;

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new BenchReport(tiled.SourceDocuments, loadMs, heapMb, single, parallel,
            process.PeakWorkingSet64 / TiledCorpus.BytesPerMb, coder.LoadErrors) { LoadCpuMs = loadCpuMs };
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

    private static long ToBytes(double mb) => (long)Math.Ceiling(Math.Max(0, mb) * TiledCorpus.BytesPerMb);
}
