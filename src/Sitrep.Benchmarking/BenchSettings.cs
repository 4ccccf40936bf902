namespace Sitrep.Benchmarking;

/// <summary>How big and how parallel a bench run is.</summary>
public sealed record BenchSettings
{
    /// <summary>Tile the corpus until it holds at least this many MB (10^6 bytes) of UTF-8 text.</summary>
    public double Mb { get; init; } = 100;

    /// <summary>Threads for the parallel pass; the single-thread pass always runs too.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Extra dictionary files or folders, loaded (and timed) with the built-in ones.</summary>
    public IReadOnlyList<string> Dictionaries { get; init; } = [];

    /// <summary>
    /// Text coded per warm-up round before timing starts; rounds repeat until the JIT stops compiling, so the
    /// timed passes measure tiered-up code. 0 skips the warm-up.
    /// </summary>
    public double WarmUpMb { get; init; } = 2;

    /// <summary>
    /// Rounds of timing: each times the single-thread pass, then the parallel one, and the report keeps the median
    /// pass of each. On a shared or virtual machine one pass can fall on a burst of someone else's load; the median
    /// of rounds taken side by side is what a second run would find again.
    /// </summary>
    public int Runs { get; init; } = 3;
}
