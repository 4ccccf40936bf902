using Sitrep.Domain;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.EndToEnd.Tests;

/// <summary>The whole pipeline on the bundled sample corpus (docs/SAMPLES.md is its answer key).</summary>
public sealed class SamplesTests : IClassFixture<SamplesTests.Analysed>
{
    /// <summary>Analyses the samples once into a temporary database, then a second time into the same one.</summary>
    public sealed class Analysed : IDisposable
    {
        private readonly TempDir _dir = new();

        public Analysed()
        {
            var pipeline = SitrepPipeline.CreateBuilder().Build();
            using (var store = SqliteStore.Open(DbPath))
                First = pipeline.Analyze([Repo.Samples], store);
            using (var store = SqliteStore.Open(DbPath))
            {
                Second = pipeline.Analyze([Repo.Samples], store);
                CountsAfterSecond = store.Counts();
            }
        }

        public string DbPath => _dir.File("samples.db");
        public AnalysisReport First { get; }
        public AnalysisReport Second { get; }
        public StoreCounts CountsAfterSecond { get; }

        public void Dispose() => _dir.Dispose();
    }

    private readonly AnalysisReport _r;
    private readonly Analysed _a;

    public SamplesTests(Analysed a) => (_a, _r) = (a, a.First);

    private Document Doc(string id) => _r.Documents.Single(d => d.Id == id);

    private static HashSet<string> Codes(IEnumerable<ActorMention> ms) => [.. ms.Select(m => m.Actor.Code)];

    [Fact]
    public void Every_sample_is_read_and_none_is_skipped()
    {
        Assert.Empty(_r.Run.Failures);
        Assert.Equal(18, _r.Documents.Count);
        Assert.Equal(7, _r.Documents.Select(d => d.Outlet).Where(o => o is not null).Distinct().Count());
    }

    [Fact]
    public void Enough_events_and_claims_all_with_provenance_and_codes()
    {
        Assert.True(_r.Events.Count >= 30, $"{_r.Events.Count} events");
        Assert.True(_r.Claims.Count >= 15, $"{_r.Claims.Count} claims");
        foreach (var e in _r.Events)
        {
            var text = Doc(e.At.DocumentId).Text;
            Assert.Equal(e.Text, e.At.Span.Slice(text));
            // Only violence by an unnamed perpetrator has no actor, and it always names its victims.
            Assert.True(e.Actors.Count > 0 || (e.Type == EventType.Assault && e.Recipients.Count > 0), $"event without actor: {e.Text}");
            foreach (var m in e.Actors.Concat(e.Recipients))
            {
                Assert.Matches("^[A-Z]{3}$", m.Actor.Code);
                Assert.Equal(m.Text, m.At.Span.Slice(text));
                Assert.Equal(e.At.Sentence, m.At.Sentence);
            }
        }
        foreach (var c in _r.Claims)
            Assert.Equal(c.Text, c.At.Span.Slice(Doc(c.At.DocumentId).Text));
    }

    [Fact]
    public void Running_again_on_the_same_database_changes_nothing()
    {
        Assert.Equal(0, _a.Second.Run.Inserted);
        Assert.Equal(18, _a.Second.Run.Unchanged);
        Assert.Equal(_r.Events.Count, _a.CountsAfterSecond.Events);
        Assert.Equal(_r.Claims.Count, _a.CountsAfterSecond.Claims);
        Assert.Equal(_r.Documents.Count, _a.CountsAfterSecond.Documents);
        Assert.Equal(_r.Reconciled.Count, _a.Second.Reconciled.Count);
    }

    [Fact]
    public void The_deployment_is_coded_from_north_korea_to_russia_by_several_outlets()
    {
        var deployments = _r.Events.Where(e => e.Type is EventType.Mobilize or EventType.Aid && !e.Negated
            && Codes(e.Actors).Contains("PRK") && Codes(e.Recipients).Contains("RUS")).ToList();
        Assert.True(deployments.Count >= 3, $"{deployments.Count} deployment events");
        Assert.True(deployments.Select(e => Doc(e.At.DocumentId).Outlet).Distinct().Count() >= 3);
    }

    [Fact]
    public void The_first_clash_is_an_assault_between_ukraine_and_north_korea()
    {
        Assert.Contains(_r.Events, e => e.Type == EventType.Assault && !e.Negated
            && Codes(e.Actors).Overlaps(["UKR", "PRK"]) && Codes(e.Recipients).Overlaps(["UKR", "PRK"])
            && e.Date is { } d && d >= new PartialDate(2024, 11));
    }

    [Fact]
    public void The_june_treaty_signing_is_coded_with_its_own_date()
    {
        Assert.Contains(_r.Events, e => Codes(e.Actors.Concat(e.Recipients)).IsSupersetOf(["RUS", "PRK"])
            && e.Cameo == "057" && e.Date is { Year: 2024, Month: 6 });
    }

    [Fact]
    public void Historical_asides_keep_their_past_dates()
    {
        Assert.Contains(_r.Events, e => e.Date is { Year: 1950 or 1953 or 1961 });
    }

    [Fact]
    public void Speculation_is_flagged_hedged_and_denials_negated()
    {
        Assert.Contains(_r.Events, e => e.Hedged);
        Assert.Contains(_r.Events, e => e.Negated);
        // Hedged claims and events never become plain facts.
        Assert.All(_r.Events.Where(e => e.Text.Contains("could be", StringComparison.OrdinalIgnoreCase) || e.Text.Contains("might", StringComparison.OrdinalIgnoreCase)),
            e => Assert.True(e.Hedged, e.Text));
    }

    [Fact]
    public void The_pentagon_figure_is_a_claim_with_qualifier_actor_and_attribution()
    {
        var c = _r.Claims.First(c => c.Text.StartsWith("Some 10,000 North Korean troops", StringComparison.Ordinal));
        Assert.Equal(10_000, c.Value);
        Assert.Equal("about", c.Qualifier);
        Assert.Equal("troops", c.Subject);
        Assert.Equal(new ActorCode("PRK", "MIL"), c.Actor);
        Assert.NotNull(c.Attribution);
        Assert.Contains("Pentagon", c.Attribution!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranges_are_claims_with_low_and_high()
    {
        var c = _r.Claims.First(c => c.Low == 11_000 && c.High == 12_000);
        Assert.Equal("troops", c.Subject);
        Assert.Equal("PRK", c.Actor?.Code);
    }

    [Fact]
    public void Years_and_unit_names_are_not_claims()
    {
        Assert.DoesNotContain(_r.Claims, c => c.Value is >= 1900 and <= 2100 && c.Qualifier is null && c.Subject != "money");
        Assert.DoesNotContain(_r.Claims, c => c.Text.Contains("11th", StringComparison.Ordinal) || c.Text.Contains("KN-23", StringComparison.Ordinal));
    }

    [Fact]
    public void Reconciliation_finds_agreement_across_outlets_and_disagreement()
    {
        Assert.Contains(_r.Reconciled, g => g.Status == ReconcileStatus.Consistent && g.Sources >= 2 && g.ClaimIds.Count >= 2);
        Assert.Contains(_r.Reconciled, g => g.Status is ReconcileStatus.Conflict or ReconcileStatus.SingleSource);
        var killed = _r.Reconciled.Single(g => g.Key.StartsWith("PRK|killed|", StringComparison.Ordinal));
        Assert.True(killed.Sources >= 2);
    }

    [Fact]
    public void Events_reported_by_several_outlets_are_corroborated()
    {
        Assert.Contains(_r.Corroboration, c => c.Outlets >= 2);
    }
}
