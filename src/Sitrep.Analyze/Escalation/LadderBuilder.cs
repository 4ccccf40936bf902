namespace Sitrep.Analyze;

/// <summary>
/// Builds one <see cref="Ladder"/> per (supporter, supported, opponent) and the alerts of each climb.
/// <para>
/// A supporter S of party P against opponent O is a state other than P and O that acts for P (aid, troops,
/// talks, pacts, fighting beside it) or fights O, and is not itself at war with P. Its fighting with no opponent
/// named ("North Korean troops are fighting in Kursk") counts when every ladder S is on supports the same party.
/// </para>
/// </summary>
internal static class LadderBuilder
{
    public static (List<Ladder> Ladders, List<EscalationAlert> Alerts) Build(
        IReadOnlyList<Conflict> conflicts, IReadOnlyList<SupportFact> facts, Func<string, string> sourceOf, Func<Conflict, SupportFact, bool> counts)
    {
        var atWar = new HashSet<(string, string)>();
        foreach (var c in conflicts) atWar.UnionWith([(c.First, c.Second), (c.Second, c.First)]);
        // Indexed by whom a fact helps and whom it fights: a large store has many facts, few of them about any one war.
        var byFor = facts.Where(f => f.For is not null).ToLookup(f => f.For!, StringComparer.Ordinal);
        var byAgainst = facts.Where(f => f.Against is not null).ToLookup(f => f.Against!, StringComparer.Ordinal);

        var evidence = new Dictionary<(string S, string P, string O), List<SupportFact>>();
        foreach (var c in conflicts.Where(c => c.Joined is null))
        {
            foreach (var (p, o) in new[] { (c.First, c.Second), (c.Second, c.First) })
            {
                foreach (var f in byFor[p].Concat(byAgainst[o]))
                {
                    if (f.Supporter == p || f.Supporter == o || !counts(c, f) || atWar.Contains((f.Supporter, p))) continue;
                    Add(evidence, (f.Supporter, p, o), f);
                }
            }
        }
        AddUnattributed(evidence, conflicts, facts, counts);

        var ladders = new List<Ladder>();
        var alerts = new List<EscalationAlert>();
        foreach (var ((s, p, o), list) in evidence)
        {
            list.Sort(SupportFact.Chronological);
            var ladder = Make(s, p, o, list, sourceOf);
            if (ladder.History.Count == 0 && ladder.Possibilities.Count == 0) continue;
            ladders.Add(ladder);
            alerts.AddRange(Alerts(s, p, o, list));
        }
        ladders.Sort(LadderOrder);
        alerts.Sort(AlertOrder);
        return (ladders, alerts);
    }

    private static void AddUnattributed(
        Dictionary<(string S, string P, string O), List<SupportFact>> evidence, IReadOnlyList<Conflict> conflicts,
        IReadOnlyList<SupportFact> facts, Func<Conflict, SupportFact, bool> counts)
    {
        foreach (var bySupporter in facts.Where(f => f.Unattributed).GroupBy(f => f.Supporter))
        {
            var keys = evidence.Keys.Where(k => k.S == bySupporter.Key).ToList();
            if (keys.Select(k => k.P).Distinct().Count() != 1) continue; // no ladder, or several parties: whose fight is unclear
            foreach (var key in keys)
            {
                var conflict = conflicts.First(c => c.Joined is null && c.Involves(key.P) && c.Involves(key.O));
                foreach (var f in bySupporter)
                    if (counts(conflict, f)) Add(evidence, key, f);
            }
        }
    }

    private static Ladder Make(string s, string p, string o, List<SupportFact> facts, Func<string, string> sourceOf)
    {
        var history = facts.Where(f => f.Stance == Stance.Reached).GroupBy(f => f.Rung).OrderBy(g => g.Key)
            .Select(g => new RungReport(g.Key, g.First().Date, Sources(g, sourceOf), Ids(g))).ToList();
        Rung? deepest = history.Count == 0 ? null : history[^1].Rung;
        var possibilities = facts.Where(f => f.Stance == Stance.Possible && (deepest is null || f.Rung > deepest)).GroupBy(f => f.Rung).OrderBy(g => g.Key)
            .Select(g => new RungPossibility(g.Key, g.First().Date, Sources(g, sourceOf), Ids(g))).ToList();
        return new Ladder(s, p, o) { Rung = deepest, History = history, Possibilities = possibilities };
    }

    /// <summary>
    /// Walks the reports in date order; reports of the same date are taken together. A date whose highest rung
    /// tops every rung reached before raises an alert with that date's events at the new rung. The first rung
    /// reached raises one only above diplomatic.
    /// </summary>
    private static IEnumerable<EscalationAlert> Alerts(string s, string p, string o, List<SupportFact> chronological)
    {
        Rung? reached = null;
        foreach (var day in chronological.Where(f => f.Stance == Stance.Reached).GroupBy(f => f.Date))
        {
            var top = day.Max(f => f.Rung);
            var climbs = reached is null ? top > Rung.Diplomatic : top > reached;
            if (climbs) yield return new EscalationAlert(day.Key, s, p, o, reached, top, Ids(day.Where(f => f.Rung == top)));
            if (reached is null || top > reached) reached = top;
        }
    }

    private static void Add(Dictionary<(string, string, string), List<SupportFact>> evidence, (string, string, string) key, SupportFact f)
    {
        if (!evidence.TryGetValue(key, out var list)) evidence[key] = list = [];
        if (!list.Exists(x => ReferenceEquals(x, f))) list.Add(f);
    }

    private static int Sources(IEnumerable<SupportFact> facts, Func<string, string> sourceOf) =>
        facts.Select(f => sourceOf(f.Reading.Event.At.DocumentId)).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    private static List<string> Ids(IEnumerable<SupportFact> facts) => [.. facts.Select(f => f.EventId).Distinct(StringComparer.Ordinal)];

    private static int LadderOrder(Ladder a, Ladder b)
    {
        // Deepest first; ladders of speculation only (no rung) last.
        var c = (b.Rung is null ? -1 : (int)b.Rung).CompareTo(a.Rung is null ? -1 : (int)a.Rung);
        if (c == 0) c = string.CompareOrdinal(a.Supporter, b.Supporter);
        if (c == 0) c = string.CompareOrdinal(a.Supported, b.Supported);
        return c != 0 ? c : string.CompareOrdinal(a.Opponent, b.Opponent);
    }

    private static int AlertOrder(EscalationAlert a, EscalationAlert b)
    {
        var c = a.Date.CompareTo(b.Date);
        if (c == 0) c = string.CompareOrdinal(a.Supporter, b.Supporter);
        if (c == 0) c = string.CompareOrdinal(a.Supported, b.Supported);
        if (c == 0) c = string.CompareOrdinal(a.Opponent, b.Opponent);
        return c != 0 ? c : a.To.CompareTo(b.To);
    }
}
