using Sitrep.Domain;
using Sitrep.Reconcile.Tests.Fixtures;

namespace Sitrep.Reconcile.Tests;

/// <summary>A subject read in its clause: a whole army, a first contingent and the dead are not troops deployed.</summary>
public class ClaimMeasureTests
{
    [Fact]
    public void An_armys_size_is_not_a_deployment()
    {
        var news = new Newsroom()
            .Article("mp-1", "The Meridian Post", "2024-10-19",
                "Some 12,000 North Korean troops are to be sent to Russia in all, South Korea's National Intelligence Service said.",
                "Its armed forces number roughly 1.2 million active-duty personnel, one of the largest militaries in the world.")
            .Article("bw-1", "Baltic Wire", "2024-10-21", "North Korea has decided to send roughly 12,000 soldiers to Russia, according to South Korea's National Intelligence Service.");

        var groups = news.Reconcile(
            news.Claim("sent", "mp-1", "Some 12,000 North Korean troops", "troops", "2024-10-19", value: 12_000, qualifier: "about"),
            news.Claim("army", "mp-1", "roughly 1.2 million active-duty personnel", "troops", "2024-10-19", value: 1_200_000, qualifier: "about"),
            news.Claim("bw", "bw-1", "roughly 12,000 soldiers", "troops", "2024-10-21", value: 12_000, qualifier: "about"));

        Assert.Equal(["PRK|force-size|||2024-10-19", "PRK|troops||Russia|2024-10-19"], groups.Select(g => g.Key));
        Assert.Equal(ReconcileStatus.Consistent, groups[1].Status);
        Assert.Contains("counted as force-size (\"", groups[0].Members[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Civilians_killed_are_a_death_toll_and_civilians_living_somewhere_a_population()
    {
        var news = new Newsroom()
            .Article("af-1", "AFP", "2024-05-10",
                "At least 12 civilians were killed in El Fasher, local medics said.",
                "The city had about 1.5 million residents before the siege.")
            .Article("aj-1", "Al Jazeera", "2024-05-11", "Fourteen civilians have been killed in El-Fasher since Friday, a monitoring group said.");

        var groups = news.Reconcile(
            news.Claim("af-killed", "af-1", "At least 12 civilians", "civilians", "2024-05-10", low: 12, qualifier: "at least", actor: "SDN"),
            news.Claim("af-pop", "af-1", "about 1.5 million residents", "civilians", "2024-05-10", value: 1_500_000, qualifier: "about", actor: "SDN"),
            news.Claim("aj-killed", "aj-1", "Fourteen civilians", "civilians", "2024-05-11", value: 14, actor: "SDN"));

        var killed = Assert.Single(groups, g => g.Measure == Measures.Killed);
        Assert.Equal("El Fasher", killed.Place); // "El-Fasher" is another spelling of the same city
        Assert.Equal(["af-killed", "aj-killed"], killed.ClaimIds);
        Assert.Equal(ReconcileStatus.Consistent, killed.Status);
        Assert.Equal(Measures.Population, Assert.Single(groups, g => g.ClaimIds.Contains("af-pop")).Measure);
    }

    [Fact]
    public void Measures_belong_to_families()
    {
        Assert.Equal("personnel", Measures.FamilyOf(Measures.FirstWave));
        Assert.Equal("losses", Measures.FamilyOf(Measures.Casualties));
        Assert.Equal("munitions", Measures.FamilyOf(Measures.Containers));
        Assert.Equal("equipment", Measures.FamilyOf(Measures.Tanks));
        Assert.Equal("other", Measures.FamilyOf("hospitals"));
    }
}
