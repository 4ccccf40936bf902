namespace Sitrep.Analyze.Tests;

public class BilateralWhatIfTests
{
    [Theory]
    [InlineData("PRK ASSAULT KOR", "us-korea-1953", "KOR", "Article 3")]
    [InlineData("CHN ASSAULT JPN", "us-japan-1960", "JPN", "Article 5")]
    [InlineData("CHN ASSAULT PHL", "us-philippines-1951", "PHL", "Article 4")]
    public void The_united_states_is_obliged_to_defend_its_pacific_allies(string trigger, string treaty, string via, string article)
    {
        var usa = Scenarios.Run(trigger).Obliged.Entry("USA", treaty);

        Assert.NotNull(usa);
        Assert.Equal(1, usa.Step);
        Assert.Equal(via, usa.Via);
        Assert.Equal(article, usa.Article);
    }

    [Fact]
    public void An_attack_on_north_korea_obliges_russia_and_china()
    {
        var result = Scenarios.Run("UKR ASSAULT PRK");

        var rus = result.Obliged.Entry("RUS", "russia-dprk-2024");
        Assert.NotNull(rus);
        Assert.Equal((1, "PRK", "Article 4", Obligation.Defence), (rus.Step, rus.Via, rus.Article, rus.Obligation));
        Assert.Equal(new DateOnly(2024, 12, 4), rus.Since);
        var chn = result.Obliged.Entry("CHN", "china-dprk-1961");
        Assert.NotNull(chn);
        Assert.Equal((1, "PRK", "Article 2"), (chn.Step, chn.Via, chn.Article));
    }

    [Fact]
    public void Before_the_russia_dprk_treaty_entered_into_force_only_china_is_obliged()
    {
        var result = Scenarios.Run("UKR ASSAULT PRK", new DateOnly(2024, 11, 1));

        Assert.Equal(["CHN"], result.Obliged.Where(c => c.Step == 1).Select(c => c.State));
    }

    [Fact]
    public void Japan_is_not_obliged_when_the_united_states_is_attacked_elsewhere()
    {
        var result = Scenarios.Run("IRN ASSAULT USA");

        Assert.Null(result.Obliged.Entry("JPN", "us-japan-1960"));
        Assert.NotNull(result.Obliged.Entry("KOR", "us-korea-1953"));
        Assert.NotNull(result.Obliged.Entry("GBR", "nato-art5"));
    }

    [Fact]
    public void Newer_pacts_bind_their_parties()
    {
        Assert.NotNull(Scenarios.Run("IND ASSAULT PAK").Obliged.Entry("SAU", "saudi-pakistan-2025"));
        Assert.NotNull(Scenarios.Run("ARM ASSAULT AZE").Obliged.Entry("TUR", "shusha-2021"));
        Assert.NotNull(Scenarios.Run("POL ASSAULT BLR").Obliged.Entry("RUS", "russia-belarus-2024"));
        Assert.NotNull(Scenarios.Run("GBR ASSAULT FRA").Obliged.Entry("DEU", "aachen-2019"));
        Assert.Null(Scenarios.Run("IND ASSAULT PAK", new DateOnly(2025, 9, 16)).Obliged.Entry("SAU", "saudi-pakistan-2025"));
    }
}
