using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

/// <summary>Events years before a conflict's first attack do not count for it (lead-in window, years named in the sentence).</summary>
public sealed class HistoryTests
{
    private static Newsroom KoreanCrisis()
    {
        var news = new Newsroom();
        news.Report("w1", "Asia Desk Daily", "2025-03-10", "North Korean artillery shelled South Korea's Yeonpyeong island",
            EventType.Assault, "shelled", ["North Korean artillery=PRK/MIL"], ["South Korea=KOR"], cameo: "195");
        news.Report("w2", "Meridian Post", "2025-03-11", "North Korea fired rockets at South Korean border posts",
            EventType.Assault, "fired rockets at", ["North Korea=PRK"], ["South Korean border posts=KOR/MIL"], cameo: "195");
        return news;
    }

    [Fact]
    public void Chinese_troops_in_Korea_in_1950_do_not_count_for_a_war_that_began_in_2025()
    {
        var news = KoreanCrisis();
        news.Report("h1", "Meridian Post", "1950", "Chinese troops poured across the Yalu River to rescue North Korea",
            EventType.Aid, "rescue", ["Chinese troops=CHN/MIL"], ["North Korea=PRK"], cameo: "070");
        // The coder dated this sentence by its publication day; the sentence itself says 1950-53.
        news.Report("h2", "Harbour Signal", "2025-03-20", "China fought on the North Korean side",
            EventType.Assault, "fought", ["China=CHN"], ["North Korean=PRK"], cameo: "190",
            wholeSentence: "China fought on the North Korean side in the 1950-53 war, sending hundreds of thousands of soldiers.");
        news.Report("h3", "Harbour Signal", "2025-04-02", "China sent fuel and grain to North Korea",
            EventType.Aid, "sent", ["China=CHN"], ["North Korea=PRK"], cameo: "070",
            wholeSentence: "China, North Korea's treaty ally since 1961, sent fuel and grain to North Korea.");

        var ladder = news.Analyze().Ladder("CHN", "PRK", "KOR");

        Assert.Equal(Rung.Materiel, ladder.Rung);
        Assert.Equal(["h3.0"], Assert.Single(ladder.History).Evidence);
    }

    [Fact]
    public void Support_in_the_two_years_before_the_first_attack_counts_older_support_does_not()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine("2022-02-24");
        news.Report("l1", "Baltic Wire", "2021-06", "Belarus sent fuel and trucks to Russian units near the border",
            EventType.Aid, "sent", ["Belarus=BLR"], ["Russian units=RUS/MIL"], cameo: "070");
        news.Report("l2", "Baltic Wire", "2019-05", "Belarus sold ammunition to Russia",
            EventType.Cooperate, "sold ammunition", ["Belarus=BLR"], ["Russia=RUS"], cameo: "061");

        var ladder = news.Analyze().Ladder("BLR", "RUS", "UKR");
        Assert.Equal(Rung.Materiel, ladder.Rung);

        var strict = news.Analyze(options: new EscalationOptions { LeadInYears = 0 });
        Assert.DoesNotContain(strict.Ladders, l => l.Supporter == "BLR");
    }

    [Fact]
    public void A_sentence_that_names_the_past_and_the_present_counts_for_the_present()
    {
        var news = KoreanCrisis();
        news.Report("y1", "Asia Desk Daily", "2025-03-12", "China sent fuel to North Korea",
            EventType.Aid, "sent", ["China=CHN"], ["North Korea=PRK"], cameo: "070",
            wholeSentence: "Unlike in 1950, China sent fuel to North Korea in March 2025, not troops.");

        Assert.Equal(Rung.Materiel, news.Analyze().Ladder("CHN", "PRK", "KOR").Rung);
    }
}
