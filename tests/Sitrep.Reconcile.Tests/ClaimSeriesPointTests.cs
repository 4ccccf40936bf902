using Sitrep.Domain;
using Sitrep.Reconcile.Tests.Fixtures;

namespace Sitrep.Reconcile.Tests;

/// <summary>A figure that changes over time is reported as a series with its points, not as a conflict.</summary>
public class ClaimSeriesPointTests
{
    [Fact]
    public void A_death_toll_rising_from_march_to_june_is_one_series()
    {
        var news = new Newsroom()
            .Article("afp-1", "AFP", "2024-03-30", "By March, 3,000 people had been killed in Darfur, the UN said.")
            .Article("reu-1", "Reuters", "2024-05-02", "At least 4,000 people have been killed in Darfur, aid groups said.")
            .Article("bbc-1", "BBC", "2024-06-28", "By June, 5,000 people had been killed in Darfur, according to the UN.");

        var group = Assert.Single(news.Reconcile(
            news.Claim("afp", "afp-1", "3,000 people", "killed", "2024-03", value: 3_000, actor: "SDN"),
            news.Claim("reu", "reu-1", "At least 4,000 people", "killed", "2024-05-02", low: 4_000, qualifier: "at least", actor: "SDN"),
            news.Claim("bbc", "bbc-1", "5,000 people", "killed", "2024-06", value: 5_000, actor: "SDN")));

        Assert.True(group.Series);
        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal("Darfur", group.Place);
        Assert.Equal(
            [new SeriesPoint(new PartialDate(2024, 3), 3_000, 3_000), new SeriesPoint(new PartialDate(2024, 5, 2), 4_000, null), new SeriesPoint(new PartialDate(2024, 6), 5_000, 5_000)],
            group.Points);
    }

    [Fact]
    public void Troops_building_up_at_one_place_are_a_series_but_totals_without_a_place_are_not()
    {
        var news = new Newsroom()
            .Article("pd-2", "Pacific Dispatch", "2024-10-31", "About 8,000 North Korean soldiers are now in the Kursk region, Blinken said.")
            .Article("pd-3", "Pacific Dispatch", "2024-11-13", "More than 10,000 North Korean troops have moved into Russia's Kursk region.")
            .Article("hs-1", "Harbour Signal", "2024-11-17", "About 11,000 North Korean troops are fighting in the Kursk region, US officials said.")
            .Article("aj-1", "Al Jazeera", "2024-02-01", "The RSF has 3,000 fighters.")
            .Article("gd-1", "The Guardian", "2024-02-25", "The RSF has 5,000 fighters.");

        var groups = news.Reconcile(
            news.Claim("pd2", "pd-2", "About 8,000 North Korean soldiers", "troops", "2024-10-31", value: 8_000, qualifier: "about"),
            news.Claim("pd3", "pd-3", "More than 10,000 North Korean troops", "troops", "2024-11-13", low: 10_000, qualifier: "more than"),
            news.Claim("hs", "hs-1", "About 11,000 North Korean troops", "troops", "2024-11-17", value: 11_000, qualifier: "about"),
            news.Claim("aj", "aj-1", "3,000 fighters", "troops", "2024-02-01", value: 3_000, actor: "SDN"),
            news.Claim("gd", "gd-1", "5,000 fighters", "troops", "2024-02-25", value: 5_000, actor: "SDN"));

        var kursk = Assert.Single(groups, g => g.Place == "Kursk");
        Assert.True(kursk.Series);
        Assert.Equal(ReconcileStatus.Consistent, kursk.Status);
        Assert.Equal([new PartialDate(2024, 10, 31), new PartialDate(2024, 11, 13), new PartialDate(2024, 11, 17)], kursk.Points.Select(p => p.Date));
        var rsf = Assert.Single(groups, g => g.Actor == "SDN");
        Assert.False(rsf.Series);
        Assert.Equal(ReconcileStatus.Conflict, rsf.Status);
    }

    [Fact]
    public void A_toll_that_falls_is_no_series()
    {
        var news = new Newsroom()
            .Article("afp-1", "AFP", "2024-03-30", "By March, 4,000 people had been killed in Darfur, the UN said.")
            .Article("bbc-1", "BBC", "2024-06-28", "By June, 3,000 people had been killed in Darfur, according to the UN.");

        var group = Assert.Single(news.Reconcile(
            news.Claim("afp", "afp-1", "4,000 people", "killed", "2024-03", value: 4_000, actor: "SDN"),
            news.Claim("bbc", "bbc-1", "3,000 people", "killed", "2024-06", value: 3_000, actor: "SDN")));

        Assert.False(group.Series);
        Assert.Empty(group.Points);
        Assert.Equal(ReconcileStatus.Conflict, group.Status);
    }

    [Fact]
    public void A_running_total_dated_since_its_start_is_placed_at_the_report()
    {
        var news = new Newsroom()
            .Article("nc-2", "Northern Courier", "2024-11-10",
                "South Korea's intelligence service estimates that Pyongyang has also supplied more than 8 million artillery shells since 2023.")
            .Article("bw-4", "Baltic Wire", "2024-11-22",
                "North Korea has sent Russia more than 8 million artillery shells, according to South Korean estimates, shipped in containers since August 2023.");

        var group = Assert.Single(news.Reconcile(
            news.Claim("nc", "nc-2", "more than 8 million artillery shells", "shells", "2023", low: 8e6, qualifier: "more than"),
            news.Claim("bw", "bw-4", "more than 8 million artillery shells", "shells", "2023-08", low: 8e6, qualifier: "more than")));

        Assert.Equal("PRK|shells|||2024-11-10", group.Key);
        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal([new PartialDate(2024, 11, 10), new PartialDate(2024, 11, 22)], group.Members.Select(m => m.Date));
        Assert.Contains("as 2023 only starts the period it counts", group.Members[0].Reason, StringComparison.Ordinal);
    }
}
