using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// Finds the wars the ladder is about. A conflict is a pair of states with plain ASSAULT reports between them
/// (not negated, hedged, planned or "fighting alongside") from at least <see cref="EscalationOptions.MinConflictReports"/>
/// documents: one sentence the coder misread ("fired American missiles at …") should not start a war.
/// </summary>
internal static class ConflictFinder
{
    public static List<Conflict> Find(IEnumerable<EventReading> readings, Func<string, string> sourceOf, int minReports)
    {
        var pairs = new Dictionary<(string, string), List<EventReading>>();
        foreach (var r in readings)
        {
            if (r.Event.Type != EventType.Assault || r.Stance != Stance.Reached) continue;
            foreach (var a in r.Actors)
                foreach (var b in r.Recipients)
                {
                    if (a == b || r.AllyRecipients.Contains(b)) continue;
                    var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                    if (!pairs.TryGetValue(key, out var list)) pairs[key] = list = [];
                    if (list.Count == 0 || !ReferenceEquals(list[^1], r)) list.Add(r); // one event, one report per pair
                }
        }
        var conflicts = new List<Conflict>();
        foreach (var ((first, second), reports) in pairs)
        {
            if (reports.Select(r => r.Event.At.DocumentId).Distinct(StringComparer.Ordinal).Count() < minReports) continue;
            reports.Sort((x, y) => x.Date.CompareTo(y.Date) is var c && c != 0 ? c : string.CompareOrdinal(x.Event.Id, y.Event.Id));
            conflicts.Add(new Conflict(first, second, reports[0].Date)
            {
                Sources = reports.Select(r => sourceOf(r.Event.At.DocumentId)).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                Evidence = [.. reports.Select(r => r.Event.Id)],
            });
        }
        conflicts.Sort(ByStart);
        return conflicts;
    }

    /// <summary>
    /// Marks conflicts that one side entered by joining an older war: when A–B starts after X–B and A was already
    /// acting for X (sending it shells, troops, signing a pact), A is fighting X's war beside X. North Korea's
    /// troops clashing with Ukraine's make PRK–UKR a conflict, but the ladder to show is PRK's climb in RUS–UKR.
    /// </summary>
    public static List<Conflict> MarkJoined(List<Conflict> conflicts, IReadOnlyList<SupportFact> facts, Func<Conflict, SupportFact, bool> counts)
    {
        var helped = facts.Where(f => f.For is not null && f.Stance == Stance.Reached).ToLookup(f => (f.Supporter, f.For!));
        var result = new List<Conflict>(conflicts.Count);
        foreach (var c in conflicts)
        {
            Conflict? joined = null;
            foreach (var older in result)
            {
                if (older.Joined is not null || older.Start.CompareTo(c.Start) >= 0) continue;
                joined = TryJoin(c, older, c.First, c.Second, helped, counts) ?? TryJoin(c, older, c.Second, c.First, helped, counts);
                if (joined is not null) break;
            }
            result.Add(joined ?? c);
        }
        return result;
    }

    private static Conflict? TryJoin(
        Conflict c, Conflict older, string joiner, string enemy, ILookup<(string, string), SupportFact> helped, Func<Conflict, SupportFact, bool> counts)
    {
        if (!older.Involves(enemy) || older.Involves(joiner)) return null;
        var party = older.OtherThan(enemy);
        var acted = helped[(joiner, party)].Any(f => counts(older, f));
        return acted ? c with { Joined = joiner, Beside = party } : null;
    }

    private static int ByStart(Conflict a, Conflict b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.First, b.First);
        return c != 0 ? c : string.CompareOrdinal(a.Second, b.Second);
    }
}
