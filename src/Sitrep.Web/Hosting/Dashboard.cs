using System.Collections.Concurrent;
using Sitrep.Analyze;
using Sitrep.Domain;
using Sitrep.Store;
using Sitrep.Store.Browsing;

namespace Sitrep.Web;

/// <summary>
/// What the API and the pages read from: the database browser, the PLOVER scores, and the escalation analysis.
/// The escalation ladder needs every event, so it is computed once per database content (see
/// <see cref="StoreBrowser.ContentStamp"/>) and shared until <c>sitrep analyze</c> changes the file.
/// </summary>
internal sealed class Dashboard(StoreBrowser browser, TimeProvider time)
{
    /// <summary>Cached aggregates kept at most; the cache is emptied when full (filters are few in practice).</summary>
    private const int CacheLimit = 256;

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, (long Stamp, object Value)> _cache = new(StringComparer.Ordinal);
    private (long Stamp, EscalationView View)? _escalation;

    public StoreBrowser Browser { get; } = browser;

    public PloverScores Scores { get; } = PloverScores.LoadBuiltIn();

    public TimeProvider Time { get; } = time;

    /// <summary>
    /// A whole-database aggregate (network, daily series, overview), computed in SQL once per database content and
    /// filter, then served from memory until <c>sitrep analyze</c> changes the file.
    /// </summary>
    public T Cached<T>(string key, Func<T> compute)
        where T : class
    {
        var stamp = Browser.ContentStamp();
        if (_cache.TryGetValue(key, out var hit) && hit.Stamp == stamp) return (T)hit.Value;
        var value = compute();
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[key] = (stamp, value);
        return value;
    }

    /// <summary>The escalation report and the events it cites, from the cache when the database has not changed.</summary>
    public EscalationView Escalation()
    {
        var stamp = Browser.ContentStamp();
        lock (_gate)
        {
            if (_escalation is { } cached && cached.Stamp == stamp) return cached.View;
            var view = ComputeEscalation();
            _escalation = (stamp, view);
            return view;
        }
    }

    private EscalationView ComputeEscalation()
    {
        IReadOnlyList<CodedEvent> events;
        using (var store = SqliteStore.Open(Browser.Path, Time)) events = store.Events();
        var outlets = Browser.OutletsByDocument();
        // The ladder reads an event's sentence only when it needs years named there; one prepared lookup each.
        using var sentences = Browser.Sentences();
        string? SentenceOf(CodedEvent e) => sentences.Text(e.At.DocumentId, e.At.Sentence);
        var report = EscalationAnalyzer.Analyze(events, id => outlets.GetValueOrDefault(id), TreatyBook.LoadBuiltIn(), asOf: null, new EscalationOptions { SentenceOf = SentenceOf });
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ladder in report.Ladders)
        {
            foreach (var h in ladder.History) cited.UnionWith(h.Evidence.Take(Api.EscalationApi.EvidenceShown));
            foreach (var p in ladder.Possibilities) cited.UnionWith(p.Evidence.Take(Api.EscalationApi.EvidenceShown));
        }
        foreach (var a in report.Alerts) cited.UnionWith(a.Evidence.Take(Api.EscalationApi.EvidenceShown));
        var rows = Browser.EventsById([.. cited]).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return new EscalationView(report, rows);
    }
}

/// <summary>An escalation report with the rows of every event it cites as evidence, by id.</summary>
internal sealed record EscalationView(EscalationReport Report, IReadOnlyDictionary<string, EventRow> Evidence);
