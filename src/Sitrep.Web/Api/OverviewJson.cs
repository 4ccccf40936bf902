using Sitrep.Store.Browsing;

namespace Sitrep.Web.Api;

/// <summary>/api/overview: the situation at a glance.</summary>
internal static class OverviewJson
{
    public const int LatestAlerts = 8;

    internal sealed record Json(
        long Documents, long Outlets, long Sentences, long Events, long Claims, long ReconciledGroups, string? FirstDate,
        string? LastDate, string? FirstPublished, string? LastPublished, IReadOnlyList<NamedCount> DocumentsByOutlet, IReadOnlyList<TypeCountJson> EventsByType,
        IReadOnlyList<DyadJson> TopDyads, IReadOnlyList<NamedCount> ReconciledByStatus,
        IReadOnlyList<EscalationApi.AlertJson> LatestAlerts);

    public static Json From(Dashboard d) => d.Cached("overview", () => Compute(d));

    private static Json Compute(Dashboard d)
    {
        var o = d.Browser.Overview();
        var alerts = EscalationApi.From(d.Escalation(), null).Alerts;
        return new Json(o.Documents, o.Outlets, o.Sentences, o.Events, o.Claims, o.ReconciledGroups, o.FirstDate, o.LastDate, o.FirstPublished, o.LastPublished,
            d.Browser.Outlets(),
            [.. d.Browser.TypeCounts(EventFilter.None).Select(t => new TypeCountJson(Scoring.TypeName(t.Type), t.Events,
                Scoring.Round(Scoring.Score(d.Scores, t.Type, null))))],
            [.. d.Browser.TopDyads(EventFilter.None, ApiEndpoints.TopDyads).Select(x => new DyadJson(x.Actor, x.Recipient, x.Events))],
            [.. d.Browser.ReconciledStatusCounts().Select(s => new NamedCount(Scoring.StatusName(s.Name), s.Count))],
            [.. alerts.Reverse().Take(LatestAlerts)]);
    }
}
