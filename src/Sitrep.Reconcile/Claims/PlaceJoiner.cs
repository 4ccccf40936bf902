namespace Sitrep.Reconcile;

/// <summary>
/// Settles the group place of every claim of one actor and measure. A claim whose clause states a place keeps it.
/// A claim that states none ("North Korea has sent some 12,000 troops") joins, among the places the other claims of
/// the same actor and measure state within the time window of it:
/// the country stated most often, because a figure without a place is usually the total sent to a country;
/// else the place stated most often ("dozens killed" joins the Kursk figures of the same clash);
/// else it stays without a place. Ties go to the name that sorts first, so the result never depends on input order.
/// </summary>
internal static class PlaceJoiner
{
    /// <param name="members">Claims of one actor, measure and unit.</param>
    /// <param name="what">The actor and measure in words, for the reasons ("PRK troops").</param>
    public static void Assign(List<ClaimMember> members, int windowDays, string what)
    {
        var placed = new List<ClaimMember>();
        var unplaced = new List<ClaimMember>();
        foreach (var m in members)
        {
            if (m.Stated is { } s)
            {
                m.Place = s.Place;
                m.PlaceReason = $"place stated: \"{m.StatedWords}\"";
                placed.Add(m);
            }
            else
            {
                unplaced.Add(m);
            }
        }
        if (unplaced.Count == 0) return;
        placed.Sort(ClaimMember.ByDateThenId);
        unplaced.Sort(ClaimMember.ByDateThenId);

        // A sliding window over the placed claims, both lists in date order: counts of each place within ±windowDays.
        var counts = new Dictionary<string, (Place Place, int Count)>(StringComparer.Ordinal);
        int lo = 0, hi = 0, inWindow = 0;
        foreach (var u in unplaced)
        {
            var day = u.Day.DayNumber;
            for (; hi < placed.Count && placed[hi].Day.DayNumber <= day + windowDays; hi++, inWindow++) Count(counts, placed[hi].Place!, +1);
            for (; lo < hi && placed[lo].Day.DayNumber < day - windowDays; lo++, inWindow--) Count(counts, placed[lo].Place!, -1);

            var country = Best(counts, countriesOnly: true);
            var any = country ?? Best(counts, countriesOnly: false);
            if (any is { } best)
            {
                u.Place = best.Place;
                var why = country is null ? "the place stated most often" : "the country stated most often";
                u.PlaceReason = $"no place stated; joined {best.Place.Name}, {why} for {what} within {windowDays} days ({best.Count} of {inWindow} placed reports)";
            }
            else
            {
                u.PlaceReason = $"no place stated, and no other report of {what} within {windowDays} days states one";
            }
        }
    }

    private static void Count(Dictionary<string, (Place Place, int Count)> counts, Place place, int delta)
    {
        var n = (counts.TryGetValue(place.Name, out var c) ? c.Count : 0) + delta;
        if (n == 0) counts.Remove(place.Name);
        else counts[place.Name] = (place, n);
    }

    private static (Place Place, int Count)? Best(Dictionary<string, (Place Place, int Count)> counts, bool countriesOnly)
    {
        (Place Place, int Count)? best = null;
        foreach (var (name, entry) in counts)
        {
            if (countriesOnly && entry.Place.Kind != PlaceKind.Country) continue;
            if (best is not { } b || entry.Count > b.Count || (entry.Count == b.Count && string.CompareOrdinal(name, b.Place.Name) < 0))
                best = entry;
        }
        return best;
    }
}
