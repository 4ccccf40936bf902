using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>What coding one document gives: the analysis to store, and notes on what did not code and why.</summary>
public sealed record CodingResult(DocumentAnalysis Analysis, IReadOnlyList<CodingNote> Notes);

/// <summary>
/// The event coder: immutable once built, safe to share across threads. Per document it splits sentences,
/// finds actors, triggers, attribution and roles, and emits events and claims with provenance.
/// </summary>
public sealed class Coder
{
    /// <summary>Stored with each document; a different version re-codes documents already in a database.</summary>
    public const string Version = "sitrep-coder/0.1";

    private readonly ThreadLocal<SentenceCoder> _workers;

    internal Coder(Lexicon lexicon)
    {
        Lexicon = lexicon;
        _workers = new ThreadLocal<SentenceCoder>(() => new SentenceCoder(lexicon));
    }

    public Lexicon Lexicon { get; }
    public IReadOnlyList<DataFileError> LoadErrors => Lexicon.Errors;

    public static Coder Default() => new CoderBuilder().Build();

    public CodingResult Code(Document document) => Code(document, SentenceSplitter.Split(document));

    public CodingResult Code(Document document, IReadOnlyList<Sentence> sentences) => _workers.Value!.Code(document, sentences);
}
