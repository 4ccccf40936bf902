using System.Diagnostics;
using Sitrep.Analyze;
using Sitrep.Coding;
using Sitrep.Domain;
using Sitrep.Ingest;
using Sitrep.Reconcile;
using Sitrep.Store;

namespace Sitrep.Pipeline;

/// <summary>
/// Ingest → Text → Coding → Store → Reconcile, configured once by <see cref="PipelineBuilder"/>.
/// Documents are coded in parallel and stored one transaction each; a bad input is reported and skipped.
/// </summary>
public sealed class SitrepPipeline
{
    private readonly Ingestor _ingestor;

    internal SitrepPipeline(Coder coder, TimeProvider time, int threads)
    {
        Coder = coder;
        Time = time;
        Threads = threads;
        _ingestor = new Ingestor(time);
    }

    public Coder Coder { get; }
    public TimeProvider Time { get; }
    public int Threads { get; }

    public static PipelineBuilder CreateBuilder() => new();

    /// <summary>Reads, codes and stores every document under <paramref name="paths"/>, then reconciles the whole database.</summary>
    public AnalysisReport Analyze(IEnumerable<string> paths, SqliteStore store, IProgress<RunProgress>? progress = null, TextReader? stdin = null)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<IngestFailure>();
        var documents = new List<Document>();
        foreach (var item in _ingestor.Read(paths, stdin))
        {
            switch (item)
            {
                case IngestedDocument d: documents.Add(d.Document); break;
                case IngestFailed f: failures.Add(f.Failure); break;
            }
        }
        // The same article twice in one batch (e.g. a .txt and a .jsonl copy) is one document.
        documents = documents.DistinctBy(d => d.Id).ToList();

        int inserted = 0, recoded = 0, unchanged = 0, done = 0;
        long bytes = 0;
        var pending = documents.Where(d => !store.Contains(d.Id, Coder.Version)).ToList();
        unchanged += documents.Count - pending.Count;
        var coded = pending
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Threads))
            .Select(d => (Document: d, Result: TryCode(d)));
        foreach (var (doc, result) in coded)
        {
            bytes += doc.Text.Length;
            if (result.Failure is { } why)
            {
                failures.Add(new IngestFailure(doc.Path, null, why));
            }
            else
            {
                try
                {
                    switch (store.Save(result.Analysis!, Coder.Version))
                    {
                        case SaveOutcome.Inserted: inserted++; break;
                        case SaveOutcome.Recoded: recoded++; break;
                        default: unchanged++; break;
                    }
                }
                catch (StoreException e)
                {
                    failures.Add(new IngestFailure(doc.Path, null, e.Message));
                }
            }
            progress?.Report(new RunProgress(++done + unchanged, doc.Title ?? doc.Path));
        }
        Reconcile(store);
        return Report(store, new RunSummary(inserted, recoded, unchanged, failures, clock.Elapsed, bytes));
    }

    // Coding must not sink the batch either: a document that trips the coder is reported like a bad input.
    private (DocumentAnalysis? Analysis, string? Failure) TryCode(Document d)
    {
        try
        {
            return (Coder.Code(d).Analysis, null);
        }
#pragma warning disable CA1031 // one bad document never sinks a batch; the failure is reported with its path
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, $"could not be coded: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Recomputes claim groups, event corroboration and merged events over everything stored.</summary>
    public static void Reconcile(SqliteStore store)
    {
        var documents = store.Documents();
        var sources = Sources(documents);
        var groups = ClaimReconciler.Reconcile(store.Claims(), sources, ClaimSentences(store, documents));
        var events = store.Events();
        var corroboration = EventCorroborator.Corroborate(events, sources);
        store.SaveReconciliation(groups, corroboration, EventReconciler.Merge(events, sources));
    }

    /// <summary>Each claim's sentence as a span over its document's text: reconciliation reads places and measures there.</summary>
    private static Func<Claim, ClaimSentence?> ClaimSentences(SqliteStore store, IReadOnlyList<Document> documents)
    {
        var sentences = store.ClaimSentences();
        var texts = documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        return c => sentences.TryGetValue(c.Id, out var s) && texts.TryGetValue(c.At.DocumentId, out var text)
            ? new ClaimSentence(text, s.Span)
            : null;
    }

    public static IReadOnlyDictionary<string, SourceInfo> Sources(IEnumerable<Document> documents) =>
        documents.ToDictionary(d => d.Id, d => new SourceInfo(d.Id, d.Outlet, d.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null));

    public static AnalysisReport Report(SqliteStore store, RunSummary run)
    {
        var documents = store.Documents();
        var events = store.Events();
        var escalation = Escalation(store, documents, events, asOf: null);
        return new()
        {
            Documents = documents,
            Events = events,
            Claims = store.Claims(),
            Reconciled = store.Reconciled(),
            Corroboration = store.Corroborations(),
            MergedEvents = store.MergedEvents(),
            Run = run,
            Escalation = escalation.Ladders,
            Alerts = escalation.Alerts,
            Obligations = escalation.Obligations,
        };
    }

    /// <summary>
    /// The escalation ladder over stored events with the built-in treaties. Each event's sentence is read from the
    /// store only when the ladder asks for it (years written there keep history out of a current war).
    /// </summary>
    public static EscalationReport Escalation(SqliteStore store, IReadOnlyList<Document> documents, IReadOnlyList<CodedEvent> events, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(store);
        var loaded = new Dictionary<string, DocumentAnalysis?>(StringComparer.Ordinal);
        string? SentenceOf(CodedEvent e)
        {
            if (!loaded.TryGetValue(e.At.DocumentId, out var analysis)) loaded[e.At.DocumentId] = analysis = store.Load(e.At.DocumentId);
            if (analysis is null) return null;
            foreach (var sentence in analysis.Sentences)
                if (sentence.Index == e.At.Sentence) return sentence.TextOf(analysis.Document);
            return null;
        }
        return EscalationAnalyzer.Analyze(events, documents, TreatyBook.LoadBuiltIn(), asOf, new EscalationOptions { SentenceOf = SentenceOf });
    }
}
