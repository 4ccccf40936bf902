using Sitrep.Domain;
using static Sitrep.Reconcile.Tests.Fixtures.Reports;

namespace Sitrep.Reconcile.Tests;

/// <summary>Hedged figures ("could be as many as") take part in a group but never decide its status alone.</summary>
public class ClaimHedgingTests
{
    private static readonly Dictionary<string, SourceInfo> Outlets = Sources(
        ("ft-1", "Financial Times", "2024-11-14"), ("nyt-1", "New York Times", "2024-11-15"),
        ("tass-1", "TASS", "2024-11-16"), ("isw-1", "ISW", "2024-11-17"));

    [Fact]
    public void A_hedged_outlier_does_not_turn_agreeing_firm_figures_into_a_conflict()
    {
        var claims = new[]
        {
            Claim("c1", "ft-1", "about 11,000 North Korean troops", "troops", "2024-11-14", value: 11_000, qualifier: "about"),
            Claim("c2", "nyt-1", "some 12,000 North Korean soldiers", "troops", "2024-11-15", value: 12_000, qualifier: "some"),
            Claim("c3", "isw-1", "could number as many as 100,000", "troops", "2024-11-17", value: 100_000, hedged: true),
        };

        var group = Assert.Single(ClaimReconciler.Reconcile(claims, Outlets));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal(3, group.Sources);
        Assert.Equal(100_000, group.High);
    }

    [Fact]
    public void A_hedged_figure_does_not_reconcile_firm_figures_that_disagree()
    {
        var claims = new[]
        {
            Claim("c1", "ft-1", "3,000 North Korean troops", "troops", "2024-11-14", value: 3_000),
            Claim("c2", "tass-1", "12,000 North Korean troops", "troops", "2024-11-16", value: 12_000),
            Claim("c3", "isw-1", "may be roughly 3,100", "troops", "2024-11-17", value: 3_100, qualifier: "roughly", hedged: true),
        };

        Assert.Equal(ReconcileStatus.Conflict, Assert.Single(ClaimReconciler.Reconcile(claims, Outlets)).Status);
    }

    [Fact]
    public void When_every_figure_is_hedged_the_hedged_figures_decide()
    {
        var claims = new[]
        {
            Claim("c1", "ft-1", "reportedly 2,000 troops", "troops", "2024-11-14", value: 2_000, hedged: true),
            Claim("c2", "nyt-1", "possibly 9,000 troops", "troops", "2024-11-15", value: 9_000, hedged: true),
        };

        Assert.Equal(ReconcileStatus.Conflict, Assert.Single(ClaimReconciler.Reconcile(claims, Outlets)).Status);
    }
}
