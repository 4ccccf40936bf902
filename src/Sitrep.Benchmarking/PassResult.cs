namespace Sitrep.Benchmarking;

/// <summary>What one timed pass of text + coding over a corpus did, and how fast.</summary>
public sealed record PassResult(int Threads, int Documents, long Utf8Bytes, long Sentences, long Events, long Claims, TimeSpan Elapsed)
{
    public double MbPerSecond => Rate(Utf8Bytes / TiledCorpus.BytesPerMb);
    public double DocumentsPerSecond => Rate(Documents);
    public double SentencesPerSecond => Rate(Sentences);
    public double EventsPerSecond => Rate(Events);
    public double ClaimsPerSecond => Rate(Claims);

    // A pass too short for the clock to see has no meaningful rate; 0 says so without dividing by zero.
    private double Rate(double amount) => Elapsed > TimeSpan.Zero ? amount / Elapsed.TotalSeconds : 0;
}
