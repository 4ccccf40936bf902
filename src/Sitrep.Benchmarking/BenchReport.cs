using Sitrep.Domain;

namespace Sitrep.Benchmarking;

/// <summary>Everything one `sitrep bench` run measured.</summary>
/// <param name="SourceDocuments">Distinct documents read from the corpus before tiling.</param>
/// <param name="LoadMs">Wall time of <c>CoderBuilder.Build()</c>: reading, parsing and indexing every dictionary.</param>
/// <param name="DictionaryHeapMb">Managed heap the built coder keeps alive (after a full collection).</param>
/// <param name="SingleThread">The pass on one thread.</param>
/// <param name="Parallel">The pass on the requested threads; the same pass as <paramref name="SingleThread"/> when that is one.</param>
/// <param name="PeakWorkingSetMb">The process's peak resident memory over the whole run.</param>
/// <param name="LoadErrors">Problems in the dictionaries; the bench still runs with what loaded.</param>
public sealed record BenchReport(
    int SourceDocuments,
    double LoadMs,
    double DictionaryHeapMb,
    PassResult SingleThread,
    PassResult Parallel,
    double PeakWorkingSetMb,
    IReadOnlyList<DataFileError> LoadErrors)
{
    /// <summary>CPU time of the load (all threads): on a busy shared machine a steadier figure than <see cref="LoadMs"/>.</summary>
    public double LoadCpuMs { get; init; }

    /// <summary>MB/s of every single-thread round, in the order run; <see cref="SingleThread"/> is their median.</summary>
    public IReadOnlyList<double> SingleThreadRuns { get; init; } = [];

    /// <summary>MB/s of every parallel round, in the order run; <see cref="Parallel"/> is their median.</summary>
    public IReadOnlyList<double> ParallelRuns { get; init; } = [];

    public int Documents => Parallel.Documents;

    public double Mb => Parallel.Utf8Bytes / TiledCorpus.BytesPerMb;

    /// <summary>Parallel throughput over single-thread throughput (1 when only one thread was asked for).</summary>
    public double Speedup => SingleThread.MbPerSecond > 0 ? Parallel.MbPerSecond / SingleThread.MbPerSecond : 0;
}
