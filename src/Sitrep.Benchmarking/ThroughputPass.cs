using System.Diagnostics;
using Sitrep.Coding;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Benchmarking;

/// <summary>
/// Times the per-document work of `sitrep analyze` minus ingest and storage: split sentences, then code.
/// Results are counted and dropped, as a store would drop them after saving.
/// </summary>
public static class ThroughputPass
{
    public static PassResult Run(Coder coder, TiledCorpus corpus, int threads)
    {
        ArgumentNullException.ThrowIfNull(coder);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var documents = corpus.Documents;
        var before = PassCost.Now();
        var clock = Stopwatch.StartNew();
        var total = threads == 1 ? CodeAll(coder, documents) : CodeInParallel(coder, documents, threads);
        clock.Stop();
        var cost = PassCost.Now() - before;
        return new PassResult(threads, documents.Count, corpus.Utf8Bytes, total.Sentences, total.Events, total.Claims, clock.Elapsed, cost);
    }

    // One thread runs on the caller, with no scheduler in between: the honest single-core figure.
    private static Counts CodeAll(Coder coder, IReadOnlyList<Document> documents)
    {
        var counts = default(Counts);
        foreach (var d in documents) counts += CodeOne(coder, d);
        return counts;
    }

    // Each worker sums into its own counts and merges once at the end, so threads share nothing while coding.
    private static Counts CodeInParallel(Coder coder, IReadOnlyList<Document> documents, int threads)
    {
        var total = default(Counts);
        var gate = new Lock();
        Parallel.ForEach(
            documents,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => default(Counts),
            (d, _, local) => local + CodeOne(coder, d),
            local =>
            {
                lock (gate) total += local;
            });
        return total;
    }

    private static Counts CodeOne(Coder coder, Document document)
    {
        var sentences = SentenceSplitter.Split(document);
        var analysis = coder.Code(document, sentences).Analysis;
        return new Counts(sentences.Count, analysis.Events.Count, analysis.Claims.Count);
    }

    private readonly record struct Counts(long Sentences, long Events, long Claims)
    {
        public static Counts operator +(Counts a, Counts b) => new(a.Sentences + b.Sentences, a.Events + b.Events, a.Claims + b.Claims);
    }
}
