using System.Globalization;
using Sitrep.Analyze;
using Sitrep.Store.Browsing;

namespace Sitrep.Web.Api;

/// <summary>
/// /api/escalation: the analysis `sitrep escalation` shows, with every piece of evidence as an event that links to
/// its sentence. <c>actor=</c> keeps ladders and alerts where the state gives or gets support and treaties binding it.
/// </summary>
internal static class EscalationApi
{
    /// <summary>Evidence events listed per rung or alert (the first reports); the count says how many there are.</summary>
    public const int EvidenceShown = 20;

    internal sealed record EvidenceJson(string EventId, string? DocumentId, string? Date, string? Outlet, string? Type, string? Text, string? Link);

    internal sealed record StepJson(string Rung, string Date, int Sources, int EvidenceCount, IReadOnlyList<EvidenceJson> Evidence);

    internal sealed record LadderJson(
        string Supporter, string Supported, string Opponent, string? Rung, IReadOnlyList<string> Climb,
        IReadOnlyList<StepJson> History, IReadOnlyList<StepJson> Possibilities);

    internal sealed record AlertJson(
        string Date, string Supporter, string Supported, string Opponent, string? From, string To, int EvidenceCount, IReadOnlyList<EvidenceJson> Evidence);

    internal sealed record ObligationJson(
        string Treaty, string Name, string Obligation, string Article, IReadOnlyList<string> Parties, IReadOnlyList<string> Involved,
        string Since, bool Pending, string Source, string Origin);

    internal sealed record ConflictJson(string First, string Second, string Start, int Sources, string? Joined, string? Beside);

    internal sealed record ReportJson(
        string? AsOf, IReadOnlyList<ConflictJson> Conflicts, IReadOnlyList<LadderJson> Ladders, IReadOnlyList<AlertJson> Alerts,
        IReadOnlyList<ObligationJson> Obligations);

    public static ReportJson From(EscalationView view, string? actor)
    {
        var report = view.Report;
        var ladders = report.Ladders.Where(l => actor is null || l.Supporter == actor || l.Supported == actor).ToList();
        var alerts = report.Alerts.Where(a => actor is null || a.Supporter == actor || a.Supported == actor);
        var obligations = report.Obligations.Where(o => actor is null || o.Involved.Contains(actor));
        var conflicts = report.Conflicts.Where(c => actor is null || c.Involves(actor)
            || ladders.Any(l => c.Involves(l.Supported) && c.Involves(l.Opponent)));
        List<EvidenceJson> Evidence(IEnumerable<string> ids) => [.. ids.Take(EvidenceShown).Select(id => Cite(view, id))];
        return new ReportJson(
            report.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [.. conflicts.Select(c => new ConflictJson(c.First, c.Second, c.Start.ToString(), c.Sources, c.Joined, c.Beside))],
            [.. ladders.Select(l => new LadderJson(l.Supporter, l.Supported, l.Opponent, l.Rung?.Name(),
                [.. l.Climb.Select(c => c.Rung.Name())],
                [.. l.History.Select(h => new StepJson(h.Rung.Name(), h.Date.ToString(), h.Sources, h.Evidence.Count, Evidence(h.Evidence)))],
                [.. l.Possibilities.Select(p => new StepJson(p.Rung.Name(), p.Date.ToString(), p.Sources, p.Evidence.Count, Evidence(p.Evidence)))]))],
            [.. alerts.Select(a => new AlertJson(a.Date.ToString(), a.Supporter, a.Supported, a.Opponent, a.From?.Name(), a.To.Name(), a.Evidence.Count, Evidence(a.Evidence)))],
            [.. obligations.Select(o => new ObligationJson(o.Treaty.Id, o.Treaty.Name, o.Obligation.Name(), o.Treaty.Article, o.Parties, o.Involved,
                o.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Pending, o.Treaty.Source, o.Source.ToString().ToLowerInvariant()))]);
    }

    /// <summary>An evidence event with its link; an id no longer stored keeps its id and nothing else.</summary>
    public static EvidenceJson Cite(EscalationView view, string eventId) =>
        view.Evidence.TryGetValue(eventId, out var e)
            ? new EvidenceJson(e.Id, e.DocumentId, e.Date, e.Outlet, e.Type, e.Sentence, Links.Event(e.DocumentId, e.Id))
            : new EvidenceJson(eventId, null, null, null, null, null, null);

    public static EventRow? Row(EscalationView view, string eventId) => view.Evidence.GetValueOrDefault(eventId);
}
