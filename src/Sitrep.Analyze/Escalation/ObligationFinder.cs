using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// The treaty obligations in force on the as-of day that bind a state involved in a conflict: a party, or a
/// supporter that reached a rung. Reference entries come from the treaty book; pacts found in the news are added
/// under the what-if rule (a defence pact, reported plainly, dated by then, that the reference data lacks).
/// </summary>
internal static class ObligationFinder
{
    public static List<TreatyObligation> Find(TreatyBook book, IReadOnlyList<CodedEvent> events, IReadOnlySet<string> involved, DateOnly day, Func<CodedEvent, string?>? sentenceOf)
    {
        var found = new List<TreatyObligation>();
        if (involved.Count == 0) return found;
        foreach (var treaty in book.Treaties)
        {
            if (treaty.IsInForceOn(day) && Bound(treaty, involved, day) is { } obligation) found.Add(obligation);
            else if (treaty.Signed <= day && day < treaty.InForce && Bound(treaty, involved, treaty.InForce) is { } pending)
                found.Add(pending with { Pending = true });
        }

        // Only events naming two states can report a pact; asking for other events' sentences could load a whole store.
        var candidates = events.Where(e => StateCodes.Of(e.Actors.Concat(e.Recipients)).Count >= 2);
        var uses = ReportedPactUses.Judge(book, ReportedPacts.Find(candidates, sentenceOf), day);
        foreach (var use in uses.Where(u => u.Added))
            if (Bound(ReportedPactUses.AsTreaty(use.Pact), involved, day) is { } obligation) found.Add(obligation);
        return found;
    }

    private static TreatyObligation? Bound(Treaty treaty, IReadOnlySet<string> involved, DateOnly day)
    {
        var members = treaty.Parties.Where(p => p.IsMemberOn(day)).ToList();
        var bound = members.Where(p => involved.Contains(p.Code)).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        if (bound.Count == 0) return null;
        // Since the treaty bound the first of the involved states: NATO's 1949 date says nothing of a 2023 member.
        var joined = bound.Min(p => p.Joined);
        var since = joined > treaty.InForce ? joined : treaty.InForce;
        return new TreatyObligation(treaty, [.. members.Select(p => p.Code)], [.. bound.Select(p => p.Code)], since);
    }
}
