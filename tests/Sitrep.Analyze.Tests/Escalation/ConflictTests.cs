using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

/// <summary>Which pairs are at war, who joined whose war, and who may be whose supporter.</summary>
public sealed class ConflictTests
{
    [Fact]
    public void Attacks_reported_by_two_documents_make_a_conflict_from_the_first_report()
    {
        var report = new Newsroom().RussiaAtWarWithUkraine("2022-02-24").Analyze();

        var war = Assert.Single(report.Conflicts);
        Assert.Equal(("RUS", "UKR", "2022-02-24", 2), (war.First, war.Second, war.Start.ToString(), war.Sources));
        Assert.Null(war.Joined);
    }

    [Fact]
    public void One_misread_sentence_does_not_start_a_war()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("m1", "Baltic Wire", "2024-11-19", "Ukraine fired American ATACMS missiles at a Russian arms depot",
            EventType.Assault, "fired American ATACMS missiles at", ["Ukraine=UKR"], ["American=USA"], cameo: "190");

        var report = news.Analyze();

        Assert.DoesNotContain(report.Conflicts, c => c.Involves("USA"));
        Assert.Contains(news.Analyze(options: new EscalationOptions { MinConflictReports = 1 }).Conflicts, c => c.Involves("USA"));
    }

    [Fact]
    public void Fighting_alongside_or_for_a_state_is_not_a_war_with_it()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("f1", "Harbour Signal", "2024-11-17", "More than 10,000 North Korean troops are fighting alongside Russian forces in Kursk",
            EventType.Assault, "fighting alongside", ["North Korean troops=PRK/MIL"], ["Russian forces=RUS/MIL"], cameo: "190");
        news.Report("f2", "Northern Courier", "2024-11-10", "North Korean soldiers are fighting for Russia in the Kursk region",
            EventType.Assault, "fighting", ["North Korean soldiers=PRK/MIL"], ["Russia=RUS"], cameo: "190");

        var report = news.Analyze();

        Assert.DoesNotContain(report.Conflicts, c => c.Involves("PRK"));
        var combat = report.Ladder("PRK", "RUS", "UKR").At(Rung.Combat);
        Assert.Equal((2, "2024-11-10"), (combat.Sources, combat.Date.ToString()));
    }

    [Fact]
    public void A_state_that_armed_one_side_and_then_clashed_with_the_other_joined_the_older_war()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("j1", "Asia Desk Daily", "2024-10-18", "North Korea has begun sending troops to Russia",
            EventType.Mobilize, "sending troops", ["North Korea=PRK"], ["Russia=RUS"], cameo: "154", mode: "troops");
        news.Report("j2", "Baltic Wire", "2024-11-05", "Ukrainian forces have fought North Korean troops for the first time",
            EventType.Assault, "fought", ["Ukrainian forces=UKR/MIL"], ["North Korean=PRK/MIL"], cameo: "190");
        news.Report("j3", "Kyiv Ledger", "2024-11-06", "Ukrainian units have clashed with North Korean soldiers in Russia's Kursk region",
            EventType.Assault, "clashed with", ["Ukrainian units=UKR/MIL"], ["North Korean soldiers=PRK/MIL"], cameo: "190");
        news.Report("j4", "Meridian Post", "2024-11-07", "South Korea has given Ukraine humanitarian and non-lethal help",
            EventType.Aid, "given", ["South Korea=KOR"], ["Ukraine=UKR"], cameo: "073");
        news.Report("j5", "Kyiv Ledger", "2024-11-06", "North Korean soldiers are fighting in the Kursk region",
            EventType.Assault, "fighting", ["North Korean soldiers=PRK/MIL"], [], cameo: "190");

        var report = news.Analyze();

        var joined = Assert.Single(report.Conflicts, c => c.Involves("PRK"));
        Assert.Equal(("PRK", "RUS", "2024-11-05"), (joined.Joined, joined.Beside, joined.Start.ToString()));
        var prk = report.Ladder("PRK", "RUS", "UKR");
        Assert.Equal(Rung.Combat, prk.Rung);
        Assert.Equal(["j2.0", "j3.0", "j5.0"], prk.At(Rung.Combat).Evidence); // unnamed opponent: PRK supports only Russia
        // South Korea's aid is for Ukraine's one war, not a second ladder against North Korea; nobody supports North Korea.
        Assert.Equal(["KOR UKR RUS", "PRK RUS UKR"], report.Ladders.Select(l => $"{l.Supporter} {l.Supported} {l.Opponent}").Order());
    }

    [Fact]
    public void A_state_at_war_with_a_party_is_never_its_supporter()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("x1", "Harbour Signal", "2024-03-01", "Russia and Ukraine held talks in Istanbul on grain exports",
            EventType.Consult, "held talks", ["Russia=RUS/GOV", "Ukraine=UKR/GOV"], [], cameo: "040");
        news.Report("x2", "Baltic Wire", "2024-03-02", "Belarus hosted talks between Russian and Ukrainian officials",
            EventType.Consult, "hosted talks between", ["Belarus=BLR/GOV"], ["Russian=RUS/GOV", "Ukrainian=UKR/GOV"], cameo: "040");

        var report = news.Analyze();

        Assert.DoesNotContain(report.Ladders, l => l.Supporter is "RUS" or "UKR");
        // Talks with both sides put Belarus on both ladders at the diplomatic rung, as written.
        Assert.Equal(2, report.Ladders.Count(l => l.Supporter == "BLR" && l.Rung == Rung.Diplomatic));
    }

    [Fact]
    public void Outlets_are_counted_once_and_an_unknown_outlet_counts_by_document()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("o1", "Baltic Wire", "2023-08", "North Korea sent artillery shells to Russia",
            EventType.Aid, "sent", ["North Korea=PRK"], ["Russia=RUS"], cameo: "072");
        news.Report("o2", "baltic wire", "2023-09", "North Korea shipped more shells to Russia",
            EventType.Aid, "shipped", ["North Korea=PRK"], ["Russia=RUS"], cameo: "072");
        news.Report("o3", null, "2023-10", "North Korea sent missiles to Russia",
            EventType.Aid, "sent", ["North Korea=PRK"], ["Russia=RUS"], cameo: "072");
        news.Report("o4", null, "2023-10", "North Korea sent rockets to Russia",
            EventType.Aid, "sent", ["North Korea=PRK"], ["Russia=RUS"], cameo: "072");

        Assert.Equal(3, news.Analyze().Ladder("PRK", "RUS", "UKR").At(Rung.Weapons).Sources);
    }
}
