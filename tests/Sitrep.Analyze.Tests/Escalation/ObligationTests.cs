using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

/// <summary>Treaties in force that bind a conflict party or a supporter that reached a rung.</summary>
public sealed class ObligationTests
{
    private static Newsroom NorthKoreaArmsRussia()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("t1", "Asia Desk Daily", "2023-08", "North Korea shipped artillery shells to Russia",
            EventType.Aid, "shipped", ["North Korea=PRK"], ["Russia=RUS"], cameo: "072");
        return news;
    }

    [Fact]
    public void The_Russia_DPRK_treaty_binds_both_once_in_force()
    {
        var report = NorthKoreaArmsRussia().Analyze(asOf: new DateOnly(2025, 1, 15));

        var defence = Assert.Single(report.Obligations, o => o.Treaty.Id == "russia-dprk-2024");
        Assert.Equal((Obligation.Defence, TreatyOrigin.Reference, new DateOnly(2024, 12, 4)), (defence.Obligation, defence.Source, defence.Since));
        Assert.Equal(["PRK", "RUS"], defence.Involved);
        Assert.Contains(report.Obligations, o => o.Treaty.Id == "russia-dprk-2024-art3" && o.Obligation == Obligation.Consultation);
        Assert.DoesNotContain(report.Obligations, o => o.Treaty.Id is "us-japan-1960" or "anzus-1951");
        Assert.False(defence.Pending);
    }

    [Fact]
    public void A_treaty_signed_but_not_yet_in_force_is_listed_as_pending_not_binding()
    {
        var report = NorthKoreaArmsRussia().Analyze(asOf: new DateOnly(2024, 11, 30));

        var pact = Assert.Single(report.Obligations, o => o.Treaty.Id == "russia-dprk-2024");
        Assert.True(pact.Pending);
        Assert.Equal(new DateOnly(2024, 12, 4), pact.Since);
        Assert.Equal(["PRK", "RUS"], pact.Involved);
        Assert.DoesNotContain(NorthKoreaArmsRussia().Analyze(asOf: new DateOnly(2024, 5, 1)).Obligations, o => o.Treaty.Id == "russia-dprk-2024");
    }

    [Fact]
    public void Nato_binds_a_member_that_supports_a_party_since_it_joined()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("t2", "Baltic Wire", "2024-05-01", "Finland sent artillery ammunition to Ukraine",
            EventType.Aid, "sent", ["Finland=FIN"], ["Ukraine=UKR"], cameo: "072");

        var nato = Assert.Single(news.Analyze(asOf: new DateOnly(2024, 6, 1)).Obligations, o => o.Treaty.Id == "nato-art5");

        Assert.Equal(["FIN"], nato.Involved);
        Assert.Equal(new DateOnly(2023, 4, 4), nato.Since);
        Assert.True(nato.Parties.Count > 30);
    }

    [Fact]
    public void A_defence_pact_reported_in_the_news_and_missing_from_the_reference_data_is_listed_as_reported()
    {
        var news = NorthKoreaArmsRussia();
        news.Report("t3", "Harbour Signal", "2025-02-10", "Belarus sent drones to Russia",
            EventType.Aid, "sent", ["Belarus=BLR"], ["Russia=RUS"], cameo: "072");
        var pact = news.Report("t4", "Harbour Signal", "2025-02-11", "Belarus and Iran signed a mutual defence treaty in Minsk",
            EventType.Support, "signed a mutual defence treaty", ["Belarus=BLR/GOV", "Iran=IRN/GOV"], [], cameo: "057", context: "diplomatic");

        var reported = Assert.Single(news.Analyze(asOf: new DateOnly(2025, 3, 1)).Obligations, o => o.Source == TreatyOrigin.Reported);

        Assert.Equal(["BLR", "IRN"], reported.Parties);
        Assert.Equal(["BLR"], reported.Involved);
        Assert.Equal([pact.Id], reported.Treaty.Evidence);
        Assert.Equal(Obligation.Defence, reported.Obligation);
    }
}
