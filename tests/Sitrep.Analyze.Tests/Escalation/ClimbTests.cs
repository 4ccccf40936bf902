using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

/// <summary>A supporter climbing from ammunition to combat across several small reports from several outlets.</summary>
public sealed class ClimbTests
{
    private static Newsroom BelarusClimbs()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("d1", "Minsk Courier", "2023-03-14", "Belarus has shipped thousands of artillery shells and rounds of ammunition to Russia",
            EventType.Aid, "shipped", ["Belarus=BLR"], ["Russia=RUS"], cameo: "072", context: "military");
        news.Report("d2", "Baltic Wire", "2023-04", "Belarus sent ammunition from its army stockpiles to Russia",
            EventType.Aid, "sent", ["Belarus=BLR"], ["Russia=RUS"], cameo: "072", context: "military");
        news.Report("d3", "Harbour Signal", "2023-06-02", "Belarus let Russian bombers use its airbases for strikes on Ukraine",
            EventType.Concede, "let", ["Belarus=BLR"], ["Russian bombers=RUS/MIL"], cameo: "080");
        news.Report("d4", "Minsk Courier", "2023-07-20", "Belarus and Russia held talks in Minsk on military supplies",
            EventType.Consult, "held talks", ["Belarus=BLR/GOV", "Russia=RUS/GOV"], [], cameo: "040", context: "diplomatic");
        news.Report("d5", "Baltic Wire", "2024-02-10", "Belarusian troops have been deployed to Russia's Belgorod region",
            EventType.Mobilize, "deployed", ["Belarusian troops=BLR/MIL"], ["Russia=RUS"], cameo: "154", mode: "troops", context: "military");
        news.Report("d6", "Minsk Courier", "2024-02-12", "Belarus has sent two battalions of soldiers to Russia",
            EventType.Aid, "sent two battalions of soldiers", ["Belarus=BLR"], ["Russia=RUS"], cameo: "072", context: "military");
        news.Report("d7", "Harbour Signal", "2024-05-03", "Ukrainian drones struck Belarusian soldiers near Belgorod",
            EventType.Assault, "struck", ["Ukrainian drones=UKR/MIL"], ["Belarusian soldiers=BLR/MIL"], cameo: "190", context: "military");
        news.Report("d8", "Kyiv Ledger", "2024-05-04", "Belarusian units are fighting alongside Russian forces near Belgorod",
            EventType.Assault, "fighting alongside", ["Belarusian units=BLR/MIL"], ["Russian forces=RUS/MIL"], cameo: "190", context: "military");
        return news;
    }

    [Fact]
    public void Deepest_rung_is_combat_and_every_rung_keeps_its_first_date_outlets_and_events()
    {
        var ladder = BelarusClimbs().Analyze().Ladder("BLR", "RUS", "UKR");

        Assert.Equal(Rung.Combat, ladder.Rung);
        Assert.Equal([Rung.Diplomatic, Rung.Weapons, Rung.Territory, Rung.Troops, Rung.Combat], ladder.History.Select(h => h.Rung));
        Assert.Equal((PartialDate.Parse("2023-03-14"), 2), (ladder.At(Rung.Weapons).Date, ladder.At(Rung.Weapons).Sources));
        Assert.Equal(["d1.0", "d2.0"], ladder.At(Rung.Weapons).Evidence);
        Assert.Equal("2023-06-02", ladder.At(Rung.Territory).Date.ToString());
        Assert.Equal(["d5.0", "d6.0"], ladder.At(Rung.Troops).Evidence);
        Assert.Equal(2, ladder.At(Rung.Troops).Sources); // Baltic Wire and Minsk Courier
        Assert.Equal(["d7.0", "d8.0"], ladder.At(Rung.Combat).Evidence);
        Assert.Equal("2024-05-03", ladder.At(Rung.Combat).Date.ToString());
    }

    [Fact]
    public void The_climb_skips_talks_held_after_the_first_shells()
    {
        var ladder = BelarusClimbs().Analyze().Ladder("BLR", "RUS", "UKR");

        Assert.Equal([Rung.Weapons, Rung.Territory, Rung.Troops, Rung.Combat], ladder.Climb.Select(c => c.Rung));
    }

    [Fact]
    public void An_alert_is_raised_at_each_climb_with_the_events_of_that_day()
    {
        var alerts = BelarusClimbs().Analyze().Alerts.Where(a => a.Supporter == "BLR").ToList();

        Assert.Equal(
            [("2023-03-14", (Rung?)null, Rung.Weapons), ("2023-06-02", Rung.Weapons, Rung.Territory), ("2024-02-10", Rung.Territory, Rung.Troops), ("2024-05-03", Rung.Troops, Rung.Combat)],
            alerts.Select(a => (a.Date.ToString(), a.From, a.To)));
        Assert.All(alerts, a => Assert.Equal(("RUS", "UKR"), (a.Supported, a.Opponent)));
        Assert.Equal(["d7.0"], alerts[^1].Evidence);
    }

    [Fact]
    public void Without_the_reports_after_February_2024_the_ladder_stops_at_territory()
    {
        var report = BelarusClimbs().Analyze(asOf: new DateOnly(2023, 12, 31));

        Assert.Equal(Rung.Territory, report.Ladder("BLR", "RUS", "UKR").Rung);
        Assert.Equal(2, report.Alerts.Count(a => a.Supporter == "BLR"));
    }

    [Fact]
    public void A_supporter_entering_at_the_diplomatic_rung_raises_no_alert_until_it_climbs()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("p1", "Meridian Post", "2023-02-01", "Poland's president voiced support for Ukraine in Warsaw",
            EventType.Support, "voiced support for", ["Poland=POL/GOV"], ["Ukraine=UKR"], cameo: "051");
        news.Report("p2", "Meridian Post", "2023-05-01", "Poland delivered fuel, generators and medical supplies to Ukraine",
            EventType.Aid, "delivered", ["Poland=POL"], ["Ukraine=UKR"], cameo: "070");

        var report = news.Analyze();

        Assert.Equal(Rung.Materiel, report.Ladder("POL", "UKR", "RUS").Rung);
        var alert = Assert.Single(report.Alerts);
        Assert.Equal((Rung.Diplomatic, Rung.Materiel, "2023-05-01"), (alert.From!.Value, alert.To, alert.Date.ToString()));
    }
}
