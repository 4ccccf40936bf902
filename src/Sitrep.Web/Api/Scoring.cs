using Sitrep.Analyze;
using Sitrep.Domain;
using Sitrep.Store.Browsing;

namespace Sitrep.Web.Api;

/// <summary>
/// PLOVER conflict–cooperation scores over aggregated counts: the mean score of the events counted, each event
/// scored by its type and mode. Inputs are SQL aggregates, so scoring never touches single events.
/// </summary>
internal static class Scoring
{
    /// <summary>Status words as the rest of Sitrep writes them.</summary>
    public static string StatusName(string stored) => stored switch
    {
        nameof(ReconcileStatus.Consistent) => "consistent",
        nameof(ReconcileStatus.Conflict) => "conflict",
        nameof(ReconcileStatus.SingleSource) => "single-source",
        _ => stored.ToLowerInvariant(),
    };

    /// <summary>The PLOVER name (ASSAULT) of a stored type name (Assault).</summary>
    public static string TypeName(string stored) => EventTypes.TryParse(stored, out var t) ? t.Name() : stored.ToUpperInvariant();

    public static double Score(PloverScores scores, string storedType, string? mode) =>
        EventTypes.TryParse(storedType, out var t) ? scores.Score(t, mode) : 0;

    /// <summary>Daily event counts and mean scores, one entry per day with events.</summary>
    public static IReadOnlyList<DayScoreJson> Daily(PloverScores scores, IReadOnlyList<TypedCount> counts)
    {
        var days = new SortedDictionary<string, (long Events, double Sum)>(StringComparer.Ordinal);
        foreach (var c in counts)
        {
            if (c.Day is null) continue;
            days.TryGetValue(c.Day, out var day);
            days[c.Day] = (day.Events + c.Events, day.Sum + c.Events * Score(scores, c.Type, c.Mode));
        }
        return [.. days.Select(d => new DayScoreJson(d.Key, d.Value.Events, Round(d.Value.Sum / d.Value.Events)))];
    }

    /// <summary>Nodes (codes) and directed edges (actor → recipient) with event counts and mean scores.</summary>
    public static NetworkJson Network(PloverScores scores, IReadOnlyList<TypedCount> counts, Func<string, string, string> edgeLink)
    {
        var edges = new Dictionary<(string, string), (long Events, double Sum)>();
        var nodes = new Dictionary<string, (long Events, double Sum)>(StringComparer.Ordinal);
        foreach (var c in counts)
        {
            var weighted = c.Events * Score(scores, c.Type, c.Mode);
            Add(edges, (c.Actor, c.Recipient), c.Events, weighted);
            Add(nodes, c.Actor, c.Events, weighted);
            Add(nodes, c.Recipient, c.Events, weighted);
        }
        return new NetworkJson(
            [.. nodes.OrderByDescending(n => n.Value.Events).ThenBy(n => n.Key, StringComparer.Ordinal)
                .Select(n => new NetworkNodeJson(n.Key, n.Value.Events, Round(n.Value.Sum / n.Value.Events)))],
            [.. edges.OrderByDescending(e => e.Value.Events).ThenBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal)
                .Select(e => new NetworkEdgeJson(e.Key.Item1, e.Key.Item2, e.Value.Events, Round(e.Value.Sum / e.Value.Events), edgeLink(e.Key.Item1, e.Key.Item2)))]);
    }

    private static void Add<TKey>(Dictionary<TKey, (long Events, double Sum)> totals, TKey key, long events, double weighted)
        where TKey : notnull
    {
        totals.TryGetValue(key, out var t);
        totals[key] = (t.Events + events, t.Sum + weighted);
    }

    public static double Round(double score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);
}
