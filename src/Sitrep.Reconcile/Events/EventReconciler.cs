using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// Merges reports of the same event from several documents into one <see cref="MergedEvent"/> with many mentions.
/// </summary>
/// <remarks>
/// <para><b>Same event.</b> Same PLOVER type, the same set of actor codes and the same set of recipient codes
/// (sector ignored, both compared as sets), not negated (a denial reports no event), and dates close together: events
/// dated to the day are clustered greedily in date order, each cluster taking the events up to
/// <c>windowDays</c> after its first, so a cluster never spans more than the window and daily strikes a week
/// apart stay apart. An event dated only to a month or year ("signed in June") joins the one cluster whose days
/// fall inside its period; when none or several do, the text cannot say which it is, and it is merged only with
/// reports giving the same coarse date. Undated events (no date and no publication day) stand alone.</para>
/// <para><b>Fields.</b> <see cref="MergedEvent.Date"/> is the earliest day a mention gives, else the earliest coarser
/// date; outlets are distinct (case-insensitive, "doc:" + id for a document with no outlet);
/// <see cref="MergedEvent.Hedged"/> only when every mention is hedged.</para>
/// <para><b>Order.</b> By date (undated last), then id; mentions by date then id. Input order never changes the output.</para>
/// </remarks>
public static class EventReconciler
{
    public static IReadOnlyList<MergedEvent> Merge(
        IReadOnlyList<CodedEvent> events, IReadOnlyDictionary<string, SourceInfo> sources, int windowDays = 3)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);

        var byKey = new Dictionary<(EventType, string, string), List<EventFacts>>();
        var merged = new List<MergedEvent>();
        foreach (var e in events)
        {
            if (e.Negated) continue;
            if (EventFacts.Of(e, sources) is not { } facts)
            {
                merged.Add(Alone(e, sources));
                continue;
            }
            var key = (e.Type, string.Join('+', facts.Actors), string.Join('+', facts.Recipients));
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(facts);
        }
        foreach (var list in byKey.Values)
            foreach (var cluster in Cluster(list, windowDays))
                merged.Add(Summarise(cluster, sources));

        merged.Sort(ByDateThenId);
        return merged;
    }

    /// <summary>Day-precise events in greedy windows, then coarse ones into the single window inside their period.</summary>
    private static List<List<EventFacts>> Cluster(List<EventFacts> events, int windowDays)
    {
        events.Sort(EventFacts.ByDateThenId);
        var clusters = new List<List<EventFacts>>();
        var coarse = new List<EventFacts>();
        foreach (var e in events)
        {
            if (e.Date.Precision != DatePrecision.Day) { coarse.Add(e); continue; }
            if (clusters.Count > 0 && e.FirstDay - clusters[^1][0].FirstDay <= windowDays)
                clusters[^1].Add(e);
            else
                clusters.Add([e]);
        }
        var dayClusters = clusters.Count;
        var byCoarseDate = new Dictionary<PartialDate, List<EventFacts>>();
        foreach (var e in coarse)
        {
            var home = -1;
            for (var c = 0; c < dayClusters; c++)
            {
                if (clusters[c][0].FirstDay > e.LastDay) break;
                if (clusters[c][^1].FirstDay < e.FirstDay) continue;
                if (home >= 0) { home = -2; break; } // several: the period cannot say which
                home = c;
            }
            if (home >= 0) clusters[home].Add(e);
            else if (byCoarseDate.TryGetValue(e.Date, out var same)) same.Add(e);
            else clusters.Add(byCoarseDate[e.Date] = [e]);
        }
        foreach (var c in clusters) c.Sort(EventFacts.ByDateThenId);
        return clusters;
    }

    private static MergedEvent Summarise(List<EventFacts> cluster, IReadOnlyDictionary<string, SourceInfo> sources)
    {
        var first = cluster[0];
        PartialDate? day = null, earliest = null;
        var hedged = true;
        var ids = new string[cluster.Count];
        for (var i = 0; i < cluster.Count; i++)
        {
            var f = cluster[i];
            ids[i] = f.Event.Id;
            hedged &= f.Event.Hedged;
            if (f.Date.Precision == DatePrecision.Day && (day is null || f.Date < day)) day = f.Date;
            if (earliest is null || f.Date < earliest) earliest = f.Date;
        }
        return new MergedEvent
        {
            Id = "m:" + first.Event.Id,
            Type = first.Event.Type,
            Actors = first.Actors,
            Recipients = first.Recipients,
            Date = day ?? earliest,
            EventIds = ids,
            Outlets = SourceNames.Distinct(cluster.Select(f => f.DocumentId), sources),
            Hedged = hedged,
        };
    }

    /// <summary>An undated event: it can be placed in no window, so it is an event of its own.</summary>
    private static MergedEvent Alone(CodedEvent e, IReadOnlyDictionary<string, SourceInfo> sources) => new()
    {
        Id = "m:" + e.Id,
        Type = e.Type,
        Actors = EventFacts.CodesOf(e.Actors),
        Recipients = EventFacts.CodesOf(e.Recipients),
        Date = null,
        EventIds = [e.Id],
        Outlets = [SourceNames.Of(e.At.DocumentId, sources)],
        Hedged = e.Hedged,
    };

    private static int ByDateThenId(MergedEvent a, MergedEvent b)
    {
        if (a.Date is { } x && b.Date is { } y)
        {
            var c = x.CompareTo(y);
            if (c != 0) return c;
        }
        else if (a.Date is not null || b.Date is not null)
        {
            return a.Date is null ? 1 : -1;
        }
        return string.CompareOrdinal(a.Id, b.Id);
    }
}
