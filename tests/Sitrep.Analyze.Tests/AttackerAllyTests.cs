namespace Sitrep.Analyze.Tests;

/// <summary>Defence clauses cover an ally that is attacked, never one that attacks.</summary>
public class AttackerAllyTests
{
    [Fact]
    public void North_korea_attacking_ukraine_obliges_nobody_under_its_pacts()
    {
        var result = Scenarios.Run("PRK ASSAULT UKR");

        Assert.Empty(result.Obliged);
        Assert.Null(result.Obliged.Entry("RUS", "russia-dprk-2024"));
        // Russia and China are shown as exempt, so the analyst sees the pact was considered.
        var rus = result.Exempt.Entry("RUS", "russia-dprk-2024");
        Assert.NotNull(rus);
        Assert.Equal("PRK", rus.Via);
        Assert.NotNull(result.Exempt.Entry("CHN", "china-dprk-1961"));
    }

    [Fact]
    public void An_american_attack_obliges_no_nato_ally()
    {
        var result = Scenarios.Run("USA ASSAULT IRN");

        Assert.Empty(result.Obliged);
        Assert.Equal(31, result.Exempt.StatesUnder("nato-art5").Count);
        Assert.All(result.Exempt, c => Assert.Equal("USA", c.Via));
    }

    [Fact]
    public void The_attackers_allies_stay_exempt_even_when_the_victims_allies_join()
    {
        // Strikes on North Korea by the US and South Korea are self-defence: Russia and China are not drawn in.
        var result = Scenarios.Run("PRK ASSAULT KOR");

        Assert.DoesNotContain(result.Obliged, c => c.State is "RUS" or "CHN");
        Assert.NotNull(result.Exempt.Entry("RUS", "russia-dprk-2024"));
    }

    [Fact]
    public void An_ally_attacking_an_ally_breaks_its_promise_and_obliges_the_others()
    {
        var result = Scenarios.Run("TUR ASSAULT GRC");

        var breach = result.Breached.Entry("TUR", "nato-art5");
        Assert.NotNull(breach);
        Assert.Equal("GRC", breach.Via);
        Assert.Null(result.Obliged.Entry("TUR", "nato-art5"));
        Assert.Equal(30, result.Obliged.StatesUnder("nato-art5").Count);
    }

    [Fact]
    public void A_state_bound_to_both_sides_is_obliged_with_a_caveat()
    {
        // Belarus is Kazakhstan's CSTO ally and Russia's Union State partner.
        var result = Scenarios.Run("RUS ASSAULT KAZ");

        var blr = result.Obliged.Entry("BLR", "csto-art4");
        Assert.NotNull(blr);
        Assert.Contains("russia-belarus-2024", blr.Caveat, StringComparison.Ordinal);
        Assert.Null(result.Exempt.Entry("BLR", "russia-belarus-2024"));
        Assert.NotNull(result.Breached.Entry("RUS", "csto-art4"));
    }
}
