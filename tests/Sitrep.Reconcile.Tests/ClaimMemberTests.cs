using Sitrep.Domain;
using Sitrep.Reconcile.Tests.Fixtures;

namespace Sitrep.Reconcile.Tests;

/// <summary>The cases the reconciliation rule is written for, checked through the members the groups report.</summary>
public class ClaimMemberTests
{
    [Fact]
    public void Some_ten_thousand_agrees_with_ten_to_twelve_thousand_and_members_say_who_said_what()
    {
        var news = new Newsroom()
            .Article("mp-2", "The Meridian Post", "2024-10-28",
                "WASHINGTON — Some 10,000 North Korean troops have been sent to Russia, according to the Pentagon, which said on Monday that some had moved closer to Ukraine.")
            .Article("yn-1", "Yonhap", "2024-10-30", "Between 10,000 and 12,000 North Korean soldiers are in Russia, lawmakers briefed by the spy agency said.");

        var group = Assert.Single(news.Reconcile(
            news.Claim("mp", "mp-2", "Some 10,000 North Korean troops", "troops", "2024-10-28", value: 10_000, qualifier: "about", attributedTo: "according to the Pentagon"),
            news.Claim("yn", "yn-1", "Between 10,000 and 12,000 North Korean soldiers", "troops", "2024-10-30", low: 10_000, high: 12_000)));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal((Measures.Troops, "PRK", "Russia", false), (group.Measure, group.Actor, group.Place, group.Series));
        var mp = group.Members[0];
        Assert.Equal(("mp", "The Meridian Post", 10_000d, "about", "according to the Pentagon"), (mp.ClaimId, mp.Outlet, mp.Value, mp.Qualifier, mp.Attribution));
        Assert.Equal(new PartialDate(2024, 10, 28), mp.Date);
        var yn = group.Members[1];
        Assert.Equal(("Yonhap", 10_000d, 12_000d, (string?)null, (string?)null), (yn.Outlet, yn.Low, yn.High, yn.Qualifier, yn.Attribution));
        Assert.Empty(group.Points);
    }

    [Fact]
    public void At_least_sixty_thousand_does_not_conflict_with_eighty_thousand()
    {
        var news = new Newsroom()
            .Article("kyiv-1", "Kyiv Independent", "2024-12-02", "At least 60,000 Russian troops are massed near Pokrovsk, Ukraine's general staff said.")
            .Article("med-1", "Meduza", "2024-12-03", "Some analysts count 80,000 Russian soldiers near Pokrovsk.");

        var group = Assert.Single(news.Reconcile(
            news.Claim("kyiv", "kyiv-1", "At least 60,000 Russian troops", "troops", "2024-12-02", low: 60_000, qualifier: "at least", actor: "RUS"),
            news.Claim("med", "med-1", "80,000 Russian soldiers", "troops", "2024-12-03", value: 80_000, actor: "RUS")));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal("Pokrovsk", group.Place); // an unlisted name after "near" is still a place
        Assert.Equal((60_000d, 80_000d), (group.Low, group.High));
    }

    [Fact]
    public void A_hedged_member_says_so()
    {
        var news = new Newsroom()
            .Article("ft-1", "FT", "2024-11-14", "About 11,000 North Korean troops are in Kursk, officials said.")
            .Article("isw-1", "ISW", "2024-11-17", "The contingent in Kursk could number as many as 100,000 by spring.")
            .Article("nyt-1", "NYT", "2024-11-15", "Some 12,000 North Korean soldiers are fighting in Kursk.");

        var group = Assert.Single(news.Reconcile(
            news.Claim("ft", "ft-1", "About 11,000 North Korean troops", "troops", "2024-11-14", value: 11_000, qualifier: "about"),
            news.Claim("isw", "isw-1", "as many as 100,000", "troops", "2024-11-17", high: 100_000, qualifier: "as many as", hedged: true),
            news.Claim("nyt", "nyt-1", "Some 12,000 North Korean soldiers", "troops", "2024-11-15", value: 12_000, qualifier: "about")));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        var isw = Assert.Single(group.Members, m => m.ClaimId == "isw");
        Assert.True(isw.Hedged);
        Assert.EndsWith("hedged: firm reports decide the status when there are any", isw.Reason, StringComparison.Ordinal);
    }
}
