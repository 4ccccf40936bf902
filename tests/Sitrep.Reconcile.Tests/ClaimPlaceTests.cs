using Sitrep.Domain;
using Sitrep.Reconcile.Tests.Fixtures;

namespace Sitrep.Reconcile.Tests;

/// <summary>Where a figure applies, read from its clause, keeps totals in a country apart from figures at the front.</summary>
public class ClaimPlaceTests
{
    [Fact]
    public void Two_figures_in_one_sentence_take_their_own_places()
    {
        var news = new Newsroom().Article("nc-1", "Northern Courier", "2024-11-10",
            "Between 11,000 and 12,000 North Korean troops are in Russia, according to South Korea's National Intelligence Service, "
            + "and nearly 8,000 of them have been moved to the Kursk region, according to US estimates.");

        var groups = news.Reconcile(
            news.Claim("total", "nc-1", "Between 11,000 and 12,000 North Korean troops", "troops", "2024-11-10", low: 11_000, high: 12_000),
            news.Claim("kursk", "nc-1", "nearly 8,000", "troops", "2024-11-10", value: 8_000, qualifier: "nearly"));

        Assert.Equal(["PRK|troops||Kursk|2024-11-10", "PRK|troops||Russia|2024-11-10"], groups.Select(g => g.Key));
        Assert.Equal(["kursk"], groups[0].ClaimIds);
        Assert.Equal("place stated: \"to the Kursk region\"", groups[0].Members[0].Reason);
        Assert.Equal("Russia", groups[1].Members[0].Place);
    }

    [Fact]
    public void Troops_in_kursk_and_troops_sent_to_russia_in_total_are_separate_groups()
    {
        var news = new Newsroom()
            .Article("pd-1", "Pacific Dispatch", "2024-10-31",
                "About 8,000 North Korean soldiers are now in the Kursk region, Secretary of State Antony Blinken said in Washington on Thursday.")
            .Article("bw-1", "Baltic Wire", "2024-11-05", "About 8,000 North Korean troops have gathered in Russia's Kursk region, according to the United States.")
            .Article("kl-1", "Kyiv Ledger", "2024-11-06", "Some 15,000 North Korean troops have now been sent to Russia, according to Ukrainian military intelligence.")
            .Article("mp-1", "The Meridian Post", "2024-11-07", "Between 11,000 and 12,000 North Korean soldiers are now in Russia, South Korea's National Intelligence Service said.");

        var groups = news.Reconcile(
            news.Claim("pd", "pd-1", "About 8,000 North Korean soldiers", "troops", "2024-10-31", value: 8_000, qualifier: "about"),
            news.Claim("bw", "bw-1", "About 8,000 North Korean troops", "troops", "2024-11-05", value: 8_000, qualifier: "about"),
            news.Claim("kl", "kl-1", "Some 15,000 North Korean troops", "troops", "2024-11-06", value: 15_000, qualifier: "about"),
            news.Claim("mp", "mp-1", "Between 11,000 and 12,000 North Korean soldiers", "troops", "2024-11-07", low: 11_000, high: 12_000));

        var kursk = Assert.Single(groups, g => g.Place == "Kursk");
        var russia = Assert.Single(groups, g => g.Place == "Russia");
        Assert.Equal(["pd", "bw"], kursk.ClaimIds);
        Assert.Equal(ReconcileStatus.Consistent, kursk.Status);
        Assert.Equal(["kl", "mp"], russia.ClaimIds);
        Assert.Equal(ReconcileStatus.Conflict, russia.Status); // the Ukrainian total is higher than the South Korean range
    }

    [Fact]
    public void The_speakers_place_after_a_speech_verb_is_not_the_figures()
    {
        var news = new Newsroom()
            .Article("bw-2", "Baltic Wire", "2024-10-29",
                "About 10,000 North Korean soldiers have been sent to train in eastern Russia, the Pentagon said in Washington on the same day.")
            .Article("kl-1", "Kyiv Ledger", "2024-10-25",
                "In Washington, the Pentagon said at least 3,000 North Korean troops had arrived in eastern Russia, the first figure the United States has made public.")
            .Article("nc-1", "Northern Courier", "2024-10-23",
                "At least 3,000 North Korean soldiers travelled by ship in early to mid-October, a Pentagon spokeswoman said later in Washington.");

        var groups = news.Reconcile(
            news.Claim("bw", "bw-2", "About 10,000 North Korean soldiers", "troops", "2024-10-29", value: 10_000, qualifier: "about"),
            news.Claim("kl", "kl-1", "at least 3,000 North Korean troops", "troops", "2024-10-25", low: 3_000, qualifier: "at least"),
            news.Claim("nc", "nc-1", "At least 3,000 North Korean soldiers", "troops", "2024-10-23", low: 3_000, qualifier: "at least"));

        var group = Assert.Single(groups);
        Assert.Equal("Russia", group.Place);
        Assert.Equal([null, "Russia", "Russia"], group.Members.Select(m => m.Place));
        Assert.StartsWith("no place stated; joined Russia, the country stated most often for PRK troops", group.Members[0].Reason);
    }

    [Fact]
    public void A_place_after_from_is_the_origin_and_the_first_contingent_is_its_own_measure()
    {
        var news = new Newsroom()
            .Article("ad-1", "Asia Desk Daily", "2024-10-18",
                "Russian navy transport ships carried a first group of 1,500 special operations troops from ports near Chongjin, "
                + "Hamhung and Musudan to Vladivostok between Oct. 8 and Oct. 13, the NIS said.",
                "Pyongyang has decided to send about 12,000 troops in four brigades, including special forces, the agency said in a statement.")
            .Article("mp-1", "The Meridian Post", "2024-10-19",
                "The first 1,500 special forces soldiers reached Vladivostok last week aboard Russian navy ships and were taken to training camps.");

        var groups = news.Reconcile(
            news.Claim("ad-first", "ad-1", "1,500 special operations troops", "troops", "2024-10-08", value: 1_500, actor: null),
            news.Claim("ad-total", "ad-1", "about 12,000 troops", "troops", "2024-10-18", value: 12_000, qualifier: "about"),
            news.Claim("mp-first", "mp-1", "1,500 special forces", "troops", "2024-10-12", value: 1_500, actor: null));

        var first = Assert.Single(groups, g => g.Measure == Measures.FirstWave);
        Assert.Equal("Vladivostok", first.Place);
        Assert.Equal(["ad-first", "mp-first"], first.ClaimIds);
        Assert.Equal(ReconcileStatus.Consistent, first.Status);
        Assert.Contains("counted as first-wave", first.Members[0].Reason, StringComparison.Ordinal);
        var total = Assert.Single(groups, g => g.Measure == Measures.Troops);
        Assert.Null(total.Place); // "in four brigades" is not a place
    }

    [Fact]
    public void A_loss_figure_without_a_place_joins_the_place_other_reports_of_the_clash_give()
    {
        var news = new Newsroom()
            .Article("bw-3", "Baltic Wire", "2024-11-05",
                "Dozens of North Korean soldiers were killed in the fighting, a Ukrainian military official said on condition of anonymity.")
            .Article("mp-3", "The Meridian Post", "2024-11-07",
                "Ukrainian officials have said dozens of North Korean troops were killed in the first clash in the Kursk region.",
                "But South Korea's defence ministry said on Wednesday that only a small number of North Korean soldiers had been killed, and a ministry official put the figure at fewer than 10.");

        var groups = news.Reconcile(
            news.Claim("bw", "bw-3", "Dozens of North Korean soldiers", "killed", "2024-11-05", low: 24, qualifier: "vague"),
            news.Claim("mp-ua", "mp-3", "dozens of North Korean troops", "killed", "2024-11-07", low: 24, qualifier: "vague"),
            news.Claim("mp-kr", "mp-3", "fewer than 10", "killed", "2024-11-06", high: 10, qualifier: "fewer than"));

        var group = Assert.Single(groups);
        Assert.Equal("PRK|killed||Kursk|2024-11-05", group.Key);
        Assert.Equal(ReconcileStatus.Conflict, group.Status); // Ukraine's dozens against South Korea's fewer than 10
        Assert.Contains("the place stated most often", group.Members[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_line_is_a_place_and_months_and_organisations_are_not()
    {
        var news = new Newsroom()
            .Article("kl-2", "Kyiv Ledger", "2024-11-06",
                "Ukrainian intelligence estimates that 4,000 to 6,000 North Korean soldiers had reached the front line by early November.")
            .Article("hs-1", "Harbour Signal", "2024-11-17",
                "More than 300 soldiers were killed in March, officials told the Harbour Signal.",
                "Some 2,000 troops were sent to NATO exercises.");

        var groups = news.Reconcile(
            news.Claim("front", "kl-2", "4,000 to 6,000 North Korean soldiers", "troops", "2024-11", low: 4_000, high: 6_000),
            news.Claim("march", "hs-1", "More than 300 soldiers", "killed", "2024-03", low: 300, qualifier: "more than", actor: "UKR"),
            news.Claim("nato", "hs-1", "Some 2,000 troops", "troops", "2024-11-17", value: 2_000, qualifier: "about", actor: "POL"));

        Assert.Equal("front", Assert.Single(groups, g => g.ClaimIds.Contains("front")).Place);
        Assert.Null(Assert.Single(groups, g => g.ClaimIds.Contains("march")).Place);
        Assert.Null(Assert.Single(groups, g => g.ClaimIds.Contains("nato")).Place);
    }

    [Fact]
    public void A_place_named_before_the_figure_counts_when_none_follows_it()
    {
        var news = new Newsroom()
            .Article("bw-4", "Baltic Wire", "2024-11-22", "North Korean units in Kursk have suffered at least 200 casualties.")
            .Article("kl-3", null, "2024-11-30", "North Korean units have suffered at least 200 casualties in Russia's Kursk region, Ukraine's military intelligence agency said.");

        var group = Assert.Single(news.Reconcile(
            news.Claim("bw", "bw-4", "at least 200 casualties", "casualties", "2024-11-22", low: 200, qualifier: "at least"),
            news.Claim("kl", "kl-3", "at least 200 casualties", "casualties", "2024-11-30", low: 200, qualifier: "at least")));

        Assert.Equal("Kursk", group.Place);
        Assert.Equal(["Kursk", "Kursk"], group.Members.Select(m => m.Place));
        Assert.Equal(2, group.Sources); // the document of unknown outlet is a source of its own
        Assert.Equal([("Baltic Wire"), null], group.Members.Select(m => m.Outlet));
    }

    [Fact]
    public void Joined_places_and_reasons_do_not_depend_on_input_order()
    {
        var news = new Newsroom()
            .Article("a", "Outlet A", "2024-11-01", "About 8,000 North Korean troops are in Kursk.")
            .Article("b", "Outlet B", "2024-11-02", "About 8,000 North Korean troops are in Belgorod.")
            .Article("c", "Outlet C", "2024-11-03", "North Korea has about 8,000 troops there, officials said.");
        var claims = new[]
        {
            news.Claim("a", "a", "About 8,000 North Korean troops", "troops", "2024-11-01", value: 8_000, qualifier: "about"),
            news.Claim("b", "b", "About 8,000 North Korean troops", "troops", "2024-11-02", value: 8_000, qualifier: "about"),
            news.Claim("c", "c", "about 8,000 troops", "troops", "2024-11-03", value: 8_000, qualifier: "about"),
        };
        static string[] Describe(IReadOnlyList<ReconciledGroup> groups) =>
            [.. groups.Select(g => $"{g.Key} {string.Join(",", g.ClaimIds)} {string.Join(" / ", g.Members.Select(m => m.Reason))}")];

        var forward = Describe(news.Reconcile(claims));
        var backward = Describe(news.Reconcile([.. claims.Reverse()]));

        Assert.Equal(forward, backward);
        // Kursk and Belgorod are stated once each and neither is a country: the tie goes to the name that sorts first.
        Assert.Contains(forward, d => d.StartsWith("PRK|troops||Belgorod|2024-11-02 b,c ", StringComparison.Ordinal));
    }
}
