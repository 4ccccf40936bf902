using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// Groups claims from different documents that count the same thing, and says whether they agree.
/// </summary>
/// <remarks>
/// <para><b>Key.</b> Actor code (<see cref="ActorCode.Code"/>, sector ignored; "?" when the claim has no actor)
/// + "|" + subject (lower-cased) + "|" + unit (upper-cased; empty for plain counts).</para>
/// <para><b>Windows.</b> Within a key, claims are sorted by <see cref="PartialDate.Earliest"/> of their date (the
/// document's publication day when the claim has none) and cut wherever two
/// consecutive claims are more than <see cref="ReconcileOptions.WindowDays"/> apart (single-link clustering).
/// Each window is one group, keyed "CODE|subject|unit|YYYY-MM-DD" with the window's first day.</para>
/// <para><b>Intervals.</b> Each claim allows an interval of true values, with t = <see cref="ReconcileOptions.Tolerance"/>:
/// bare v → [v(1−t/2), v(1+t/2)]; "about"/"some"/"roughly"… v → [v(1−t), v(1+t)]; "nearly"/"almost" v → [v(1−2t), v];
/// "just over" v → [v, v(1+2t)]; "at least"/"more than" v → [v, +∞); "up to"/"fewer than" v → [0, v];
/// range [low, high] → [low(1−t/2), high(1+t/2)] (t when qualified "about"); low only → [low, +∞);
/// high only → [0, high]; "vague" → [low, +∞) unless a high is given.</para>
/// <para><b>Left out</b>: claims with no finite figure, and undated claims (no date of their own and no publication
/// day in the source list), which cannot be placed in a window.</para>
/// <para><b>Sources</b> = distinct outlets (case-insensitive), the document id standing in when the outlet is unknown.</para>
/// <para><b>Status.</b> SingleSource when Sources &lt; 2. Otherwise Consistent when the intervals share a common point
/// (max of mins ≤ min of maxes), else Conflict. Hedged claims count towards Sources, Low and High but the status is
/// decided by the non-hedged members whenever there are any. For cumulative subjects (killed, wounded, casualties,
/// captured, displaced, dead) a count that rises over more than 7 days (same-day claims agree, and values can be
/// chosen non-decreasing in date order) is a series and read as Consistent; this first cut does not model series.</para>
/// <para><b>Low/High</b> = the lowest and highest figures the sources wrote (before tolerance). High is null when the
/// highest figure is an open floor ("at least", "more than", vague) above every capped figure: the top is unknown.</para>
/// <para><b>Order.</b> ClaimIds by date then id; groups by key (ordinal). Input order never changes the output.</para>
/// </remarks>
public static class ClaimReconciler
{
    private static readonly ReconcileOptions Defaults = new();

    public static IReadOnlyList<ReconciledGroup> Reconcile(
        IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, SourceInfo> sources, ReconcileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(sources);
        options ??= Defaults;
        options.Validate();

        var byKey = new Dictionary<string, List<ClaimMember>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!ClaimReading.TryRead(claim, options.Tolerance, out var reading)) continue;
            if (EffectiveDates.Of(claim.Date, claim.At.DocumentId, sources) is not { } date) continue;
            var key = KeyOf(claim);
            if (!byKey.TryGetValue(key, out var members)) byKey[key] = members = [];
            members.Add(new ClaimMember(claim, reading, SourceKeys.Of(claim.At.DocumentId, sources), date));
        }

        var groups = new List<ReconciledGroup>();
        foreach (var (key, members) in byKey)
        {
            members.Sort(ClaimMember.ByDateThenId);
            var start = 0;
            for (var i = 1; i <= members.Count; i++)
            {
                if (i < members.Count && members[i].Day.DayNumber - members[i - 1].Day.DayNumber <= options.WindowDays) continue;
                groups.Add(Build(key, members.GetRange(start, i - start)));
                start = i;
            }
        }
        groups.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return groups;
    }

    private static string KeyOf(Claim claim)
    {
        var code = claim.Actor?.Code.Trim() is { Length: > 0 } c ? c : "?";
        var subject = claim.Subject.Trim().ToLowerInvariant();
        var unit = claim.Unit?.Trim().ToUpperInvariant() ?? "";
        return $"{code}|{subject}|{unit}";
    }

    private static ReconciledGroup Build(string key, List<ClaimMember> window)
    {
        var ids = new string[window.Count];
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        var low = double.PositiveInfinity;
        var cappedTop = double.NegativeInfinity;
        var openTop = double.NegativeInfinity;
        for (var i = 0; i < window.Count; i++)
        {
            var m = window[i];
            ids[i] = m.Claim.Id;
            outlets.Add(m.Source);
            low = Math.Min(low, m.Reading.LowestFigure);
            if (m.Reading.IsOpen) openTop = Math.Max(openTop, m.Reading.HighestFigure);
            else cappedTop = Math.Max(cappedTop, m.Reading.HighestFigure);
        }
        var subject = window[0].Claim.Subject.Trim();
        var start = window[0].Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ReconciledGroup
        {
            Key = key + "|" + start,
            ClaimIds = ids,
            Sources = outlets.Count,
            Low = low,
            // The top is open when the highest figure is a floor ("more than 4,100") that no source caps.
            High = double.IsFinite(cappedTop) && cappedTop >= openTop ? cappedTop : null,
            Status = GroupStatus.Decide(window, outlets.Count, subject),
        };
    }
}
