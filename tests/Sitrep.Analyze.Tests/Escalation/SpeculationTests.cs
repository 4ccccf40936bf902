using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

/// <summary>Hedged, speculative and planned reports are possibilities; negated and denied reports never count.</summary>
public sealed class SpeculationTests
{
    [Fact]
    public void Speculation_is_listed_as_possible_rungs_never_as_reached()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("s1", "Pacific Dispatch", "2024-03-01", "China could send troops to help Russia if the front collapses",
            EventType.Mobilize, "send troops", ["China=CHN"], ["Russia=RUS"], cameo: "154", mode: "troops", hedged: true);
        news.Report("s2", "Harbour Signal", "2024-03-05", "Beijing is prepared to supply attack drones to Russia, Western officials say",
            EventType.Aid, "supply attack drones", ["Beijing=CHN/GOV"], ["Russia=RUS"], cameo: "072", context: "military");

        var report = news.Analyze();

        var ladder = report.Ladder("CHN", "RUS", "UKR");
        Assert.Null(ladder.Rung);
        Assert.Empty(ladder.History);
        Assert.Equal([(Rung.Weapons, "s2.0"), (Rung.Troops, "s1.0")], ladder.Possibilities.Select(p => (p.Rung, Assert.Single(p.Evidence))));
        Assert.DoesNotContain(report.Alerts, a => a.Supporter == "CHN");
    }

    [Fact]
    public void Could_be_drawn_in_stays_a_possibility_above_the_rung_reached()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("k1", "Meridian Post", "2024-06-01", "South Korea has given Ukraine humanitarian and non-lethal aid",
            EventType.Aid, "given", ["South Korea=KOR"], ["Ukraine=UKR"], cameo: "073", context: "humanitarian");
        news.Report("k2", "Baltic Wire", "2024-06-10", "South Korea could be drawn in and send air defence systems to Ukraine",
            EventType.Aid, "send air defence systems", ["South Korea=KOR"], ["Ukraine=UKR"], cameo: "072", hedged: true);
        news.Report("k3", "Meridian Post", "2024-11-07", "South Korea did not rule out supplying weapons directly to Ukraine",
            EventType.Aid, "supplying weapons", ["South Korea=KOR"], ["Ukraine=UKR"], cameo: "072", negated: true);
        news.Report("k4", "Meridian Post", "2024-11-08", "South Korea might send humanitarian supplies to Ukraine again",
            EventType.Aid, "send humanitarian supplies", ["South Korea=KOR"], ["Ukraine=UKR"], cameo: "073", hedged: true);

        var ladder = news.Analyze().Ladder("KOR", "UKR", "RUS");

        Assert.Equal(Rung.Materiel, ladder.Rung);
        var weapons = Assert.Single(ladder.Possibilities); // the possible materiel (k4) is not above the rung reached
        Assert.Equal((Rung.Weapons, 2), (weapons.Rung, weapons.Sources));
        Assert.Equal(["k2.0", "k3.0"], weapons.Evidence);
    }

    [Fact]
    public void A_decision_or_an_aim_is_not_a_deployment_but_a_start_is()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("a1", "Baltic Wire", "2024-10-21", "North Korea has decided to send roughly 12,000 soldiers to Russia",
            EventType.Mobilize, "send roughly 12,000 soldiers", ["North Korea=PRK"], ["Russia=RUS"], cameo: "154", mode: "troops");
        news.Report("a2", "Kyiv Ledger", "2024-10-25", "North Korean soldiers were being prepared to fight for Russia",
            EventType.Assault, "fight", ["North Korean soldiers=PRK/MIL"], ["Russia=RUS"], cameo: "190");
        news.Report("a3", "Asia Desk Daily", "2024-10-18", "North Korea has begun to send troops to Russia",
            EventType.Mobilize, "send troops", ["North Korea=PRK"], ["Russia=RUS"], cameo: "154", mode: "troops");

        var ladder = news.Analyze().Ladder("PRK", "RUS", "UKR");

        Assert.Equal(Rung.Troops, ladder.Rung);
        Assert.Equal(["a3.0"], ladder.At(Rung.Troops).Evidence);
        Assert.Equal(["a2.0"], Assert.Single(ladder.Possibilities, p => p.Rung == Rung.Combat).Evidence);
    }

    [Fact]
    public void Negated_denied_and_avoided_reports_never_count()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("n1", "Asia Desk Daily", "2023-09-01", "North Korea shipped artillery shells to Russia by rail",
            EventType.Aid, "shipped artillery shells", ["North Korea=PRK"], ["Russia=RUS"], cameo: "072");
        news.Report("n2", "Pacific Dispatch", "2024-01-10", "North Korea has not sent troops to Russia",
            EventType.Mobilize, "sent troops", ["North Korea=PRK"], ["Russia=RUS"], cameo: "154", mode: "troops", negated: true);
        news.Report("n3", "Pacific Dispatch", "2024-01-12", "Pyongyang denied training Russian soldiers",
            EventType.Cooperate, "training", ["Pyongyang=PRK/GOV"], ["Russian soldiers=RUS/MIL"]);
        news.Report("n4", "Baltic Wire", "2024-10-21", "South Korea avoided arming Ukraine",
            EventType.Aid, "arming", ["South Korea=KOR"], ["Ukraine=UKR"], cameo: "072");
        news.Report("n5", "Meridian Post", "2024-11-07", "South Korean voters are wary of sending weapons to Ukraine",
            EventType.Aid, "sending weapons", ["South Korean voters=KOR/CVL"], ["Ukraine=UKR"], cameo: "072");

        var report = news.Analyze();

        var ladder = report.Ladder("PRK", "RUS", "UKR");
        Assert.Equal(Rung.Weapons, ladder.Rung);
        Assert.Single(ladder.History);
        Assert.Empty(ladder.Possibilities);
        Assert.DoesNotContain(report.Ladders, l => l.Supporter == "KOR");
    }
}
