using System.Text.Json;
using Sitrep.Cli.Output;
using Sitrep.Domain;
using Sitrep.Pipeline;
using Sitrep.Reconcile;

namespace Sitrep.EndToEnd.Tests;

/// <summary>Reconciliation on the sample corpus, against docs/SAMPLES.md §5 ("Which figures agree, conflict, or stand alone").</summary>
public sealed class ReconciliationOnSamplesTests(SamplesTests.Analysed analysed) : IClassFixture<SamplesTests.Analysed>
{
    private readonly AnalysisReport _r = analysed.First;

    private ReconciledGroup Group(string actor, string measure, string place) =>
        Assert.Single(_r.Reconciled, g => g.Actor == actor && g.Measure == measure && g.Place == place);

    private string TextOf(string claimId) => _r.Claims.Single(c => c.Id == claimId).Text;

    [Fact]
    public void Groups_of_all_three_statuses_exist_with_their_sources()
    {
        foreach (var status in Enum.GetValues<ReconcileStatus>())
        {
            var groups = _r.Reconciled.Where(g => g.Status == status).ToList();
            Assert.NotEmpty(groups);
            Assert.All(groups, g =>
            {
                Assert.Equal(g.ClaimIds, g.Members.Select(m => m.ClaimId));
                Assert.All(g.Members, m => Assert.False(string.IsNullOrEmpty(m.Reason)));
                var sources = g.Members.Select(m => m.Outlet ?? m.ClaimId).Distinct().Count();
                Assert.True(status == ReconcileStatus.SingleSource ? g.Sources == 1 : g.Sources >= 2, $"{g.Key}: {g.Sources} sources");
                Assert.True(sources >= g.Sources, $"{g.Key}: members name {sources} sources, group counts {g.Sources}");
            });
        }
    }

    [Fact]
    public void North_korean_troops_in_kursk_and_the_total_sent_to_russia_are_separate_groups()
    {
        var kursk = Group("PRK", Measures.Troops, "Kursk");
        var russia = Group("PRK", Measures.Troops, "Russia");

        Assert.Empty(kursk.ClaimIds.Intersect(russia.ClaimIds));
        Assert.Contains(kursk.ClaimIds, id => TextOf(id) == "About 8,000 North Korean soldiers");
        Assert.Contains(russia.ClaimIds, id => TextOf(id) == "Some 15,000 North Korean troops");
        Assert.Contains(russia.ClaimIds, id => TextOf(id) == "Between 11,000 and 12,000 North Korean soldiers");
        // Kyiv Ledger's higher Ukrainian total disagrees with the American and South Korean totals (SAMPLES.md G8).
        Assert.Equal(ReconcileStatus.Conflict, russia.Status);
        Assert.True(russia.Sources >= 4, $"{russia.Sources} sources");
    }

    [Fact]
    public void The_kursk_figures_rising_from_8000_to_over_10000_are_a_series()
    {
        var kursk = Group("PRK", Measures.Troops, "Kursk");

        Assert.True(kursk.Series);
        Assert.Equal(ReconcileStatus.Consistent, kursk.Status);
        Assert.Equal(kursk.Points.OrderBy(p => p.Date).Select(p => p.Date), kursk.Points.Select(p => p.Date));
        Assert.Equal(8_000, kursk.Points[0].Low);
        Assert.True(kursk.Points[^1].Low >= 10_000);
    }

    [Fact]
    public void The_first_contingent_of_1500_is_its_own_group_agreed_by_two_outlets()
    {
        var first = Assert.Single(_r.Reconciled, g => g.Measure == Measures.FirstWave);

        Assert.Equal("Vladivostok", first.Place);
        Assert.Equal(ReconcileStatus.Consistent, first.Status);
        Assert.Equal(["Asia Desk Daily", "The Meridian Post"], first.Members.Select(m => m.Outlet).Order(StringComparer.Ordinal));
        Assert.All(first.Members, m => Assert.Equal(1_500, m.Value));
    }

    [Fact]
    public void Members_carry_outlet_qualifier_and_attribution()
    {
        var russia = Group("PRK", Measures.Troops, "Russia");

        var ukrainian = Assert.Single(russia.Members, m => m.Value == 15_000);
        Assert.Equal(("Kyiv Ledger", "about"), (ukrainian.Outlet, ukrainian.Qualifier)); // "Some 15,000", normalised
        Assert.Equal("according to Ukrainian military intelligence", ukrainian.Attribution);
        Assert.Equal("place stated: \"to Russia\"", ukrainian.Reason);
    }

    [Fact]
    public void Reports_of_one_event_are_merged_and_events_one_outlet_reports_are_flagged()
    {
        Assert.Contains(_r.MergedEvents, m => m.Type == EventType.Mobilize && m.Actors.Contains("PRK") && m.Recipients.Contains("RUS") && m.Corroboration >= 2);
        Assert.Contains(_r.MergedEvents, m => m.SingleOutlet);
        Assert.All(_r.MergedEvents, m => Assert.Equal(m.Outlets.Count == 1, m.SingleOutlet));
        var merged = _r.MergedEvents.SelectMany(m => m.EventIds).ToList();
        Assert.Equal(merged.Count, merged.Distinct().Count()); // each coded event is a mention of one event only
        Assert.Equal(_r.Events.Count(e => !e.Negated), merged.Count);
    }

    [Fact]
    public void The_json_report_carries_measures_members_and_merged_events()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(_r, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        var group = root.GetProperty("reconciled").EnumerateArray().First(g => g.GetProperty("place").GetString() == "Kursk" && g.GetProperty("measure").GetString() == "troops");
        foreach (var key in new[] { "key", "claims", "sources", "low", "high", "status", "measure", "actor", "place", "series", "members", "points" })
            Assert.True(group.TryGetProperty(key, out _), $"group lacks '{key}'");
        Assert.True(group.GetProperty("series").GetBoolean());
        var member = group.GetProperty("members")[0];
        foreach (var key in new[] { "claim", "outlet", "value", "low", "high", "qualifier", "attribution" })
            Assert.True(member.TryGetProperty(key, out _), $"member lacks '{key}'");

        var merged = root.GetProperty("merged_events");
        Assert.Equal(_r.MergedEvents.Count, merged.GetArrayLength());
        var first = merged[0];
        foreach (var key in new[] { "id", "event", "actor", "recipient", "date", "events", "outlets", "corroboration", "single_outlet", "hedged" })
            Assert.True(first.TryGetProperty(key, out _), $"merged event lacks '{key}'");
    }
}
