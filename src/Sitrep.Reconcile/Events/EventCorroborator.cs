using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// For every event: how many OTHER documents (and outlets other than its own) report an event of the same type,
/// with the same polarity (a denial does not corroborate the deed), an overlapping actor code set and an
/// overlapping recipient code set (sector ignored; both sides empty counts as matching), within ±windowDays.
/// </summary>
/// <remarks>
/// Dates are compared as ranges: a month-precision "in March" is within the window of any day the month could be,
/// since the text does not say which. An event with no date of its own takes its document's publication day; one
/// with neither is reported with no corroboration and corroborates nothing. Other events of the event's own document never count, and another document
/// of the same outlet counts as a document but not as an outlet. Results are ordered by event id; each one's
/// <see cref="Corroboration.EventIds"/> by date then id.
/// </remarks>
public static class EventCorroborator
{
    public static IReadOnlyList<Corroboration> Corroborate(
        IReadOnlyList<CodedEvent> events, IReadOnlyDictionary<string, SourceInfo> sources, int windowDays = 7)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);

        // Only events of one type and polarity can corroborate each other, so each bucket is searched alone.
        var buckets = new Dictionary<(EventType, bool), List<EventFacts>>();
        var results = new List<Corroboration>(events.Count);
        foreach (var e in events)
        {
            if (EventFacts.Of(e, sources) is not { } facts)
            {
                // Undated: nothing can be said to happen within a week of it, in either direction.
                results.Add(new Corroboration(e.Id, 0, 0, []));
                continue;
            }
            var key = (e.Type, e.Negated);
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            list.Add(facts);
        }

        foreach (var bucket in buckets.Values)
            CorroborateBucket(bucket, windowDays, results);
        results.Sort((a, b) => string.CompareOrdinal(a.EventId, b.EventId));
        return results;
    }

    private static void CorroborateBucket(List<EventFacts> bucket, int windowDays, List<Corroboration> into)
    {
        bucket.Sort(EventFacts.ByDateThenId);
        var firstDays = new int[bucket.Count];
        var widestRange = 0;
        for (var i = 0; i < bucket.Count; i++)
        {
            firstDays[i] = bucket[i].FirstDay;
            widestRange = Math.Max(widestRange, bucket[i].LastDay - bucket[i].FirstDay);
        }

        var matches = new List<EventFacts>();
        foreach (var a in bucket)
        {
            matches.Clear();
            // No event starting before this can end within the window: it would have to span more than the widest range.
            var k = LowerBound(firstDays, a.FirstDay - windowDays - widestRange);
            for (; k < bucket.Count && firstDays[k] <= a.LastDay + windowDays; k++)
            {
                var b = bucket[k];
                if (b.LastDay < a.FirstDay - windowDays) continue;
                if (string.Equals(b.DocumentId, a.DocumentId, StringComparison.Ordinal)) continue;
                if (!EventFacts.SameSide(a.Actors, b.Actors) || !EventFacts.SameSide(a.Recipients, b.Recipients)) continue;
                matches.Add(b);
            }
            into.Add(Summarise(a, matches));
        }
    }

    private static Corroboration Summarise(EventFacts a, List<EventFacts> matches)
    {
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        var ids = new string[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var b = matches[i];
            ids[i] = b.Event.Id;
            documents.Add(b.DocumentId);
            if (!string.Equals(b.Source, a.Source, StringComparison.Ordinal)) outlets.Add(b.Source);
        }
        return new Corroboration(a.Event.Id, documents.Count, outlets.Count, ids);
    }

    /// <summary>First index whose value is ≥ <paramref name="value"/> in an ascending array.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
