using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Reconcile;

/// <summary>
/// Groups claims from different documents that count the same thing — the same actor's same measure at the same
/// place in the same time window — and says whether they agree.
/// </summary>
/// <remarks>
/// <para><b>Measure.</b> The claim's subject, re-read from the words next to the figure: troops become
/// <see cref="Measures.FirstWave"/> after "first"/"initial" ("a first group of 1,500"), <see cref="Measures.ForceSize"/>
/// with "active-duty", "standing army", "-strong" or "forces number", and a loss measure when a loss verb follows
/// ("soldiers were killed"); civilians are <see cref="Measures.Population"/> unless a loss verb follows.</para>
/// <para><b>Place.</b> Read from the claim's clause with <see cref="PlaceBook"/> words (see <see cref="PlaceFinder"/>);
/// a claim stating none joins a place stated by claims of the same actor and measure within the window
/// (<see cref="PlaceJoiner"/>). Without a sentence, only the claim's own words are read.</para>
/// <para><b>Key.</b> Actor code (sector ignored; "?" when the claim has none) | measure | unit (upper-cased; empty for
/// plain counts) | place (empty for none) | first day of the window, e.g. "PRK|troops||Kursk|2024-10-31".</para>
/// <para><b>Windows.</b> Within actor, measure, unit and place, claims are sorted by date (the document's publication
/// day when the claim has none, or when its date only starts the period counted: "since August 2023", see
/// <see cref="PeriodStarts"/>) and cut wherever two consecutive claims are more than
/// <see cref="ReconcileOptions.WindowDays"/> apart (single-link clustering); <see cref="ReconcileOptions.SeriesWindowDays"/>
/// apart for measures that can rise as a series.</para>
/// <para><b>Intervals.</b> Each claim allows an interval of true values, with t = <see cref="ReconcileOptions.Tolerance"/>:
/// bare v → [v(1−t/2), v(1+t/2)]; "about"/"some"/"roughly"… v → [v(1−t), v(1+t)]; "nearly"/"almost" v → [v(1−2t), v];
/// "just over" v → [v, v(1+2t)]; "at least"/"more than" v → [v, +∞); "up to"/"fewer than" v → [0, v];
/// range [low, high] → [low(1−t/2), high(1+t/2)] (t when qualified "about"); low only → [low, +∞);
/// high only → [0, high]; "vague" → [low, +∞) unless a high is given.</para>
/// <para><b>Status.</b> SingleSource when fewer than 2 distinct sources (outlets, else documents). Otherwise Consistent
/// when the intervals share a common point, or when they form a series; else Conflict. Hedged claims count towards
/// sources and range, but the firm ones decide whenever there are any.</para>
/// <para><b>Series.</b> For measures that can rise (<see cref="Measures.CanRise"/>): when the intervals share no point but
/// the figures rise over more than 7 days (same-day claims agree, and values can be chosen non-decreasing in date
/// order), the group is a series: <see cref="ReconciledGroup.Series"/> is set and <see cref="ReconciledGroup.Points"/>
/// lists the figures per date.</para>
/// <para><b>Left out</b>: claims with no finite figure, and undated claims (no date of their own and no publication
/// day in the source list), which cannot be placed in a window.</para>
/// <para><b>Order.</b> Members by date then id; groups by key (ordinal). Input order never changes the output.</para>
/// </remarks>
public static class ClaimReconciler
{
    private static readonly ReconcileOptions Defaults = new();

    /// <summary>Reconciles claims reading places and measures from the claims' own words only.</summary>
    public static IReadOnlyList<ReconciledGroup> Reconcile(
        IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, SourceInfo> sources, ReconcileOptions? options = null) =>
        Reconcile(claims, sources, sentenceOf: null, options);

    /// <param name="claims">Claims from any number of documents.</param>
    /// <param name="sources">Outlet and publication day of each document.</param>
    /// <param name="sentenceOf">The sentence each claim was read from; null, or null for a claim, to read only its own words.</param>
    /// <param name="options">Window, tolerance and place words; defaults when null.</param>
    public static IReadOnlyList<ReconciledGroup> Reconcile(
        IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, SourceInfo> sources,
        Func<Claim, ClaimSentence?>? sentenceOf, ReconcileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(sources);
        options ??= Defaults;
        options.Validate();
        var book = options.Places ?? PlaceBook.BuiltIn;

        var buckets = new Dictionary<(string? Actor, string Measure, string Unit), List<ClaimMember>>();
        var tokens = new List<Token>(64);
        (string? Text, TextSpan Span) cached = (null, default);
        foreach (var claim in claims)
        {
            if (!ClaimReading.TryRead(claim, options.Tolerance, out var reading)) continue;
            if (Read(claim, reading, sources, sentenceOf?.Invoke(claim), book, tokens, ref cached) is not { } member) continue;
            var key = (ActorOf(claim), member.Measure, claim.Unit?.Trim().ToUpperInvariant() ?? "");
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            list.Add(member);
        }

        var groups = new List<ReconciledGroup>();
        foreach (var ((actor, measure, unit), members) in buckets)
        {
            PlaceJoiner.Assign(members, options.WindowDays, $"{actor ?? "unnamed actors'"} {measure}");
            foreach (var atPlace in members.GroupBy(m => m.Place?.Name ?? "", StringComparer.Ordinal))
            {
                var days = Measures.CanRise(measure, placed: atPlace.Key.Length > 0) ? options.SeriesWindowDays : options.WindowDays;
                AddWindows(actor, measure, unit, [.. atPlace], days, groups);
            }
        }
        groups.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return groups;
    }

    /// <summary>Reads the claim's measure, place and date from its words; null when it cannot be dated.</summary>
    private static ClaimMember? Read(
        Claim claim, ClaimReading reading, IReadOnlyDictionary<string, SourceInfo> sources,
        ClaimSentence? sentence, PlaceBook book, List<Token> tokens, ref (string? Text, TextSpan Span) cached)
    {
        // Without a sentence that covers the claim, the claim's own words are all there is to read.
        var (text, span, at) = sentence is { } s && s.Covers(claim)
            ? (s.DocumentText, s.Span, claim.At.Span)
            : (claim.Text, new TextSpan(0, claim.Text.Length), new TextSpan(0, claim.Text.Length));
        var words = ClaimWords.Of(text, span, at, tokens, ref cached);

        var published = sources.TryGetValue(claim.At.DocumentId, out var info) ? info.Published : null;
        var periodStart = claim.Date is { } own && published is { } day && own.Latest < day && PeriodStarts.IsPeriodStart(words, own);
        if ((periodStart ? PartialDate.From(published!.Value) : EffectiveDates.Of(claim.Date, claim.At.DocumentId, sources)) is not { } date)
            return null;

        var (measure, because) = MeasureReader.Read(claim.Subject, words);
        var stated = PlaceFinder.Find(words, book);
        var outlet = info is not null && !string.IsNullOrWhiteSpace(info.Outlet) ? info.Outlet.Trim() : null;
        return new ClaimMember(
            claim, reading, SourceKeys.Of(claim.At.DocumentId, sources), outlet, date, periodStart, measure, because,
            stated, stated is { } p ? text[p.Words.Start..p.Words.End] : null);
    }

    private static void AddWindows(string? actor, string measure, string unit, List<ClaimMember> members, int windowDays, List<ReconciledGroup> into)
    {
        members.Sort(ClaimMember.ByDateThenId);
        var place = members[0].Place;
        var start = 0;
        for (var i = 1; i <= members.Count; i++)
        {
            if (i < members.Count && members[i].Day.DayNumber - members[i - 1].Day.DayNumber <= windowDays) continue;
            into.Add(GroupBuilder.Build(actor, measure, unit, place, members.GetRange(start, i - start)));
            start = i;
        }
    }

    private static string? ActorOf(Claim claim) => claim.Actor?.Code.Trim() is { Length: > 0 } c ? c : null;
}
