namespace Sitrep.Benchmarking;

/// <summary>What one timed pass of text + coding over a corpus did, and how fast.</summary>
/// <param name="Cost">Process CPU time, managed allocation and garbage collections over the pass.</param>
public sealed record PassResult(int Threads, int Documents, long Utf8Bytes, long Sentences, long Events, long Claims, TimeSpan Elapsed, PassCost Cost)
{
    public double MbPerSecond => Rate(Utf8Bytes / TiledCorpus.BytesPerMb);
    public double DocumentsPerSecond => Rate(Documents);
    public double SentencesPerSecond => Rate(Sentences);
    public double EventsPerSecond => Rate(Events);
    public double ClaimsPerSecond => Rate(Claims);

    /// <summary>MB of text per second of CPU: on a shared machine this moves far less than the wall-clock rate.</summary>
    public double MbPerCpuSecond => Cost.Cpu > TimeSpan.Zero ? Utf8Bytes / TiledCorpus.BytesPerMb / Cost.Cpu.TotalSeconds : 0;

    /// <summary>Managed bytes allocated per byte of text.</summary>
    public double AllocatedPerByte => Utf8Bytes > 0 ? (double)Cost.AllocatedBytes / Utf8Bytes : 0;

    // A pass too short for the clock to see has no meaningful rate; 0 says so without dividing by zero.
    private double Rate(double amount) => Elapsed > TimeSpan.Zero ? amount / Elapsed.TotalSeconds : 0;
}
