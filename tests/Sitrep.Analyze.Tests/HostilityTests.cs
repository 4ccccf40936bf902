using Sitrep.Domain;

namespace Sitrep.Analyze.Tests;

public class HostilityTests
{
    [Theory]
    [InlineData(EventType.Assault, null, null, Hostility.ArmedAttack)]
    [InlineData(EventType.Assault, "aerial", null, Hostility.ArmedAttack)]
    [InlineData(EventType.Coerce, "seize", "territory", Hostility.ArmedAttack)]
    [InlineData(EventType.Coerce, "restrict", "military", Hostility.ArmedAttack)]
    [InlineData(EventType.Coerce, "occupy", null, Hostility.ArmedAttack)]
    [InlineData(EventType.Coerce, "blockade", null, Hostility.ArmedAttack)]
    [InlineData(EventType.Coerce, "seize", null, Hostility.Threat)]
    [InlineData(EventType.Coerce, "cyber", null, Hostility.Threat)]
    [InlineData(EventType.Threaten, null, null, Hostility.Threat)]
    [InlineData(EventType.Mobilize, "troops", null, Hostility.Threat)]
    [InlineData(EventType.Sanction, null, null, Hostility.None)]
    [InlineData(EventType.Agree, null, null, Hostility.None)]
    public void Classifies_events_by_what_treaties_they_engage(EventType type, string? mode, string? context, Hostility expected) =>
        Assert.Equal(expected, HostilityRules.Classify(type, mode, context));

    [Fact]
    public void Occupying_territory_triggers_defence_clauses()
    {
        var result = Scenarios.Run("RUS COERCE/seize/territory LVA");

        Assert.Equal(Hostility.ArmedAttack, result.Hostility);
        Assert.NotNull(result.Obliged.Entry("USA", "nato-art5"));
    }

    [Fact]
    public void Seizing_a_tanker_is_coercion_that_calls_only_for_consultation()
    {
        var result = Scenarios.Run("IRN COERCE/seize GBR");

        Assert.Equal(Hostility.Threat, result.Hostility);
        Assert.Empty(result.Obliged);
        Assert.NotNull(result.Consult.Entry("USA", "nato-art4"));
    }

    [Fact]
    public void A_threat_of_force_breaks_a_non_aggression_promise()
    {
        var result = Scenarios.Run("RUS THREATEN CHN");

        var breach = result.Breached.Entry("RUS", "china-russia-2001-art2");
        Assert.NotNull(breach);
        Assert.Equal(Obligation.NonAggression, breach.Obligation);
        Assert.Empty(result.Obliged);
    }

    [Fact]
    public void Cooperative_events_engage_nothing()
    {
        var result = Scenarios.Run("RUS AGREE PRK");

        Assert.Equal(Hostility.None, result.Hostility);
        Assert.Empty(result.Obliged);
        Assert.Empty(result.Consult);
        Assert.Empty(result.Exempt);
        Assert.Empty(result.Treaties);
    }

    [Fact]
    public void Partners_bound_by_non_aggression_are_listed_as_restrained()
    {
        var result = Scenarios.Run("USA ASSAULT CHN", options: new WhatIfOptions { MaxSteps = 1 });

        Assert.NotNull(result.Restrained.Entry("RUS", "china-russia-2001-art2"));
        Assert.NotNull(result.Consult.Entry("RUS", "china-russia-2001-art9"));
        Assert.NotNull(result.Obliged.Entry("PRK", "china-dprk-1961"));
    }
}
