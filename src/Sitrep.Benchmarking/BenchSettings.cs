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

    /// <summary>Text coded before timing starts, so the timed passes measure jitted, tiered-up code.</summary>
    public double WarmUpMb { get; init; } = 2;
}
