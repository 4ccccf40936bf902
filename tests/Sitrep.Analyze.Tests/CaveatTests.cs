namespace Sitrep.Analyze.Tests;

/// <summary>Armenia's frozen CSTO participation and the suspended US–New Zealand ANZUS obligations.</summary>
public class CaveatTests
{
    [Fact]
    public void Obligations_toward_armenia_carry_the_freeze_after_february_2024()
    {
        var after = Scenarios.Run("AZE ASSAULT ARM", new DateOnly(2024, 6, 1));
        var before = Scenarios.Run("AZE ASSAULT ARM", new DateOnly(2023, 6, 1));

        // Still a party in law: the allies are listed, with the caveat.
        var rus = after.Obliged.Entry("RUS", "csto-art4");
        Assert.NotNull(rus);
        Assert.Contains("frozen", rus.Caveat, StringComparison.Ordinal);
        Assert.Equal(5, after.Obliged.Count(c => c.Treaty.Id == "csto-art4" && c.Caveat is not null));
        Assert.Null(before.Obliged.Entry("RUS", "csto-art4")!.Caveat);
        // Turkey's pact with Azerbaijan does not oblige it: Azerbaijan is the attacker here.
        Assert.NotNull(after.Exempt.Entry("TUR", "shusha-2021"));
    }

    [Fact]
    public void Armenias_own_obligations_carry_the_freeze_too()
    {
        var result = Scenarios.Run("UKR ASSAULT BLR");

        Assert.Contains("frozen", result.Obliged.Entry("ARM", "csto-art4")!.Caveat, StringComparison.Ordinal);
        Assert.Null(result.Obliged.Entry("KAZ", "csto-art4")!.Caveat);
    }

    [Fact]
    public void The_united_states_owes_new_zealand_nothing_under_anzus_but_australia_does()
    {
        var result = Scenarios.Run("CHN ASSAULT NZL");

        Assert.Equal(["AUS"], result.Obliged.Where(c => c.Step == 1).Select(c => c.State));
        // The US comes in only at step 2, because Australia is attacked in turn.
        var usa = result.Obliged.Entry("USA", "anzus-1951");
        Assert.NotNull(usa);
        Assert.Equal((2, "AUS"), (usa.Step, usa.Via));
    }

    [Fact]
    public void Before_the_suspension_the_united_states_was_obliged_directly()
    {
        var result = Scenarios.Run("CHN ASSAULT NZL", new DateOnly(1985, 6, 1), new WhatIfOptions { MaxSteps = 1 });

        Assert.Equal(["AUS", "USA"], result.Obliged.Select(c => c.State).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_attack_on_australia_obliges_both_other_anzus_parties()
    {
        var result = Scenarios.Run("CHN ASSAULT AUS", options: new WhatIfOptions { MaxSteps = 1 });

        Assert.Equal(["NZL", "USA"], result.Obliged.StatesUnder("anzus-1951"));
    }
}
