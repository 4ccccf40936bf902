using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>Decides whether the claims of one group agree, and whether they read as a series.</summary>
internal static class GroupStatus
{
    /// <summary>A rise within a week is more likely two outlets disagreeing than a count moving on.</summary>
    private const int MinSeriesSpanDays = 7;

    /// <param name="members">The group's claims in date-then-id order.</param>
    /// <param name="sources">Distinct sources of the group.</param>
    /// <param name="canRise">Whether the measure may rise over time (<see cref="Measures.CanRise"/>).</param>
    /// <returns>The status, and true when the figures only agree as a count rising over time.</returns>
    public static (ReconcileStatus Status, bool Series) Decide(IReadOnlyList<ClaimMember> members, int sources, bool canRise)
    {
        var deciding = Deciding(members);
        var series = !ShareCommonPoint(deciding) && canRise && IsRisingSeries(deciding);
        if (sources < 2) return (ReconcileStatus.SingleSource, series);
        return (ShareCommonPoint(deciding) || series ? ReconcileStatus.Consistent : ReconcileStatus.Conflict, series);
    }

    /// <summary>Hedged claims never decide alone: the firm ones do whenever there are any.</summary>
    private static List<ClaimMember> Deciding(IReadOnlyList<ClaimMember> members)
    {
        var firm = new List<ClaimMember>(members.Count);
        foreach (var m in members)
            if (!m.Claim.Hedged) firm.Add(m);
        return firm.Count > 0 ? firm : [.. members];
    }

    /// <summary>True when one true value fits every claim: the largest floor is not above the smallest ceiling.</summary>
    private static bool ShareCommonPoint(List<ClaimMember> members)
    {
        var maxOfMins = double.NegativeInfinity;
        var minOfMaxes = double.PositiveInfinity;
        foreach (var m in members)
        {
            maxOfMins = Math.Max(maxOfMins, m.Reading.Min);
            minOfMaxes = Math.Min(minOfMaxes, m.Reading.Max);
        }
        return maxOfMins <= minOfMaxes;
    }

    /// <summary>
    /// True when the claims can be read as one count rising over more than a week: claims of the same day must
    /// agree with each other, and some choice of values, one per day inside each day's interval, never goes down.
    /// Choosing the lowest value each day allows (greedy) finds such a choice whenever one exists.
    /// </summary>
    private static bool IsRisingSeries(List<ClaimMember> members)
    {
        if (members[^1].Day.DayNumber - members[0].Day.DayNumber <= MinSeriesSpanDays) return false;
        var floor = double.NegativeInfinity;
        var i = 0;
        while (i < members.Count)
        {
            var day = members[i].Day;
            var dayMin = members[i].Reading.Min;
            var dayMax = members[i].Reading.Max;
            var j = i + 1;
            for (; j < members.Count && members[j].Day == day; j++)
            {
                dayMin = Math.Max(dayMin, members[j].Reading.Min);
                dayMax = Math.Min(dayMax, members[j].Reading.Max);
            }
            floor = Math.Max(floor, dayMin);
            if (floor > dayMax) return false;
            i = j;
        }
        return true;
    }
}
