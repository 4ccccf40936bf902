using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>Turns one time window of claims (same actor, measure, unit and place) into a <see cref="ReconciledGroup"/>.</summary>
internal static class GroupBuilder
{
    /// <param name="actor">The actor code, or null when the claims name none.</param>
    /// <param name="window">The claims in date-then-id order.</param>
    public static ReconciledGroup Build(string? actor, string measure, string unit, Place? place, List<ClaimMember> window)
    {
        var ids = new string[window.Count];
        var members = new ReconciledMember[window.Count];
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < window.Count; i++)
        {
            ids[i] = window[i].Claim.Id;
            members[i] = Member(window[i]);
            outlets.Add(window[i].Source);
        }
        var (low, high) = Figures(window);
        var (status, series) = GroupStatus.Decide(window, outlets.Count, Measures.CanRise(measure, place is not null));
        var start = window[0].Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ReconciledGroup
        {
            Key = $"{actor ?? "?"}|{measure}|{unit}|{place?.Name}|{start}",
            ClaimIds = ids,
            Sources = outlets.Count,
            Low = low,
            High = high,
            Status = status,
            Measure = measure,
            Actor = actor,
            Place = place?.Name,
            Series = series,
            Members = members,
            Points = series ? Points(window) : [],
        };
    }

    /// <summary>
    /// The lowest and highest figures the sources wrote (before tolerance). The top is open (null) when the highest
    /// figure is a floor ("more than 4,100") that no source caps.
    /// </summary>
    private static (double Low, double? High) Figures(IEnumerable<ClaimMember> members)
    {
        var low = double.PositiveInfinity;
        var cappedTop = double.NegativeInfinity;
        var openTop = double.NegativeInfinity;
        foreach (var m in members)
        {
            low = Math.Min(low, m.Reading.LowestFigure);
            if (m.Reading.IsOpen) openTop = Math.Max(openTop, m.Reading.HighestFigure);
            else cappedTop = Math.Max(cappedTop, m.Reading.HighestFigure);
        }
        return (low, double.IsFinite(cappedTop) && cappedTop >= openTop ? cappedTop : null);
    }

    /// <summary>One point per date, in date order, with the figures written for that date.</summary>
    private static SeriesPoint[] Points(List<ClaimMember> window)
    {
        var points = new List<SeriesPoint>();
        var i = 0;
        while (i < window.Count)
        {
            var j = i + 1;
            while (j < window.Count && window[j].Date == window[i].Date) j++;
            var (low, high) = Figures(window.GetRange(i, j - i));
            points.Add(new SeriesPoint(window[i].Date, low, high));
            i = j;
        }
        return [.. points];
    }

    private static ReconciledMember Member(ClaimMember m)
    {
        var reason = m.PlaceReason;
        if (m.MeasureBecause is { } because) reason += $"; counted as {m.Measure} (\"{because}\")";
        if (m.PeriodStart) reason += $"; dated by its publication day, as {m.Claim.Date} only starts the period it counts";
        else if (m.Claim.Date is null) reason += "; dated by its publication day";
        if (m.Claim.Hedged) reason += "; hedged: firm reports decide the status when there are any";
        return new ReconciledMember
        {
            ClaimId = m.Claim.Id,
            Outlet = m.Outlet,
            Value = m.Claim.Value,
            Low = m.Claim.Low,
            High = m.Claim.High,
            Qualifier = m.Claim.Qualifier,
            Attribution = m.Claim.Attribution?.Text,
            Date = m.Date,
            Place = m.Stated?.Place.Name,
            Hedged = m.Claim.Hedged,
            Reason = reason,
        };
    }
}
