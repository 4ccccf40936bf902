using Sitrep.Domain;
using static Sitrep.Reconcile.Tests.Fixtures.Reports;

namespace Sitrep.Reconcile.Tests;

/// <summary>A death toll that climbs as reports come in is an update, not a contradiction.</summary>
public class ClaimSeriesTests
{
    private static readonly Dictionary<string, SourceInfo> Outlets = Sources(
        ("aj-1", "Al Jazeera", "2024-02-01"), ("afp-1", "AFP", "2024-02-12"), ("guard-1", "The Guardian", "2024-02-25"),
        ("afp-2", "AFP", "2024-02-04"));

    [Fact]
    public void A_rising_death_toll_over_weeks_is_consistent()
    {
        var claims = new[]
        {
            Claim("c1", "aj-1", "3,000 people have been killed", "killed", "2024-02-01", value: 3_000, actor: "SDN", sector: "CVL"),
            Claim("c2", "afp-1", "the death toll rose to 3,400", "killed", "2024-02-12", value: 3_400, actor: "SDN", sector: "CVL"),
            Claim("c3", "guard-1", "more than 4,100 killed", "killed", "2024-02-25", value: 4_100, qualifier: "more than", actor: "SDN", sector: "CVL"),
        };

        var group = Assert.Single(ClaimReconciler.Reconcile(claims, Outlets));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal(3_000, group.Low);
        Assert.Null(group.High); // "more than 4,100" is the highest figure and nothing caps it
    }

    [Fact]
    public void A_toll_that_falls_later_is_a_conflict()
    {
        var claims = new[]
        {
            Claim("c1", "aj-1", "4,100 people have been killed", "killed", "2024-02-01", value: 4_100, actor: "SDN", sector: "CVL"),
            Claim("c2", "guard-1", "3,000 killed", "killed", "2024-02-25", value: 3_000, actor: "SDN", sector: "CVL"),
        };

        Assert.Equal(ReconcileStatus.Conflict, Assert.Single(ClaimReconciler.Reconcile(claims, Outlets)).Status);
    }

    [Fact]
    public void A_rise_within_a_week_is_a_conflict()
    {
        var claims = new[]
        {
            Claim("c1", "aj-1", "3,000 people have been killed", "killed", "2024-02-01", value: 3_000, actor: "SDN", sector: "CVL"),
            Claim("c2", "afp-2", "5,000 people killed", "killed", "2024-02-04", value: 5_000, actor: "SDN", sector: "CVL"),
        };

        Assert.Equal(ReconcileStatus.Conflict, Assert.Single(ClaimReconciler.Reconcile(claims, Outlets)).Status);
    }

    [Fact]
    public void Only_cumulative_counts_can_rise_as_a_series()
    {
        var claims = new[]
        {
            Claim("c1", "aj-1", "3,000 RSF fighters", "troops", "2024-02-01", value: 3_000, actor: "SDN", sector: "REB"),
            Claim("c2", "guard-1", "5,000 RSF fighters", "troops", "2024-02-25", value: 5_000, actor: "SDN", sector: "REB"),
        };

        Assert.Equal(ReconcileStatus.Conflict, Assert.Single(ClaimReconciler.Reconcile(claims, Outlets)).Status);
    }

    [Fact]
    public void Outlets_disagreeing_on_the_same_day_break_the_series()
    {
        var sources = Sources(("aj-1", "Al Jazeera", null), ("afp-1", "AFP", null), ("guard-1", "The Guardian", null));
        var claims = new[]
        {
            Claim("c1", "aj-1", "3,000 displaced", "displaced", "2024-02-01", value: 3_000, actor: "SDN", sector: "CVL"),
            Claim("c2", "afp-1", "6,000 displaced", "displaced", "2024-02-01", value: 6_000, actor: "SDN", sector: "CVL"),
            Claim("c3", "guard-1", "7,000 displaced", "displaced", "2024-02-20", value: 7_000, actor: "SDN", sector: "CVL"),
        };

        Assert.Equal(ReconcileStatus.Conflict, Assert.Single(ClaimReconciler.Reconcile(claims, sources)).Status);
    }
}
