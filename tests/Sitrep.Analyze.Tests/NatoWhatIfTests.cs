namespace Sitrep.Analyze.Tests;

public class NatoWhatIfTests
{
    [Theory]
    [InlineData("EST")]
    [InlineData("POL")]
    public void Attack_on_a_member_obliges_every_other_member_at_step_one(string target)
    {
        var result = Scenarios.Run($"RUS ASSAULT {target}");

        var nato = result.Obliged.Where(c => c.Treaty.Id == "nato-art5").ToList();
        Assert.Equal(31, nato.Count);
        Assert.All(nato, c =>
        {
            Assert.Equal(1, c.Step);
            Assert.Equal(target, c.Via);
            Assert.Equal("Article 5", c.Article);
        });
        Assert.Contains("USA", nato.Select(c => c.State));
        Assert.Contains("TUR", nato.Select(c => c.State));
        Assert.Contains("FIN", nato.Select(c => c.State));
        Assert.DoesNotContain(target, result.Obliged.Select(c => c.State));
        Assert.DoesNotContain("RUS", result.Obliged.Select(c => c.State));
    }

    [Fact]
    public void Eu_members_are_obliged_under_article_42_7_as_well()
    {
        var result = Scenarios.Run("RUS ASSAULT EST");

        var eu = result.Obliged.StatesUnder("eu-42-7");
        Assert.Equal(26, eu.Count);
        // The non-NATO EU members are drawn in only through 42(7).
        Assert.Contains("AUT", eu);
        Assert.Contains("IRL", eu);
        Assert.Contains("CYP", eu);
        Assert.Contains("MLT", eu);
        Assert.Equal("Article 42(7) TEU", result.Obliged.Entry("AUT", "eu-42-7")!.Article);
        // France is listed under both treaties, both at step 1.
        Assert.Equal(1, result.Obliged.Entry("FRA", "nato-art5")!.Step);
        Assert.Equal(1, result.Obliged.Entry("FRA", "eu-42-7")!.Step);
    }

    [Fact]
    public void Finland_is_obliged_under_article_5_only_from_its_accession()
    {
        var before = Scenarios.Run("RUS ASSAULT EST", new DateOnly(2022, 6, 1));
        var onTheDay = Scenarios.Run("RUS ASSAULT EST", new DateOnly(2023, 4, 4));

        Assert.Null(before.Obliged.Entry("FIN", "nato-art5"));
        Assert.Null(before.Obliged.Entry("SWE", "nato-art5"));
        // In 2022 Finland was already bound to Estonia by the EU clause.
        Assert.NotNull(before.Obliged.Entry("FIN", "eu-42-7"));
        Assert.Equal(29, before.Obliged.StatesUnder("nato-art5").Count);

        var fin = onTheDay.Obliged.Entry("FIN", "nato-art5");
        Assert.NotNull(fin);
        Assert.Equal(new DateOnly(2023, 4, 4), fin.Since);
        Assert.Null(onTheDay.Obliged.Entry("SWE", "nato-art5"));
    }

    [Theory]
    [InlineData("UKR")]
    [InlineData("MDA")]
    public void Attack_on_a_non_member_obliges_no_nato_member(string target)
    {
        var result = Scenarios.Run($"RUS ASSAULT {target}");

        Assert.DoesNotContain(result.Obliged, c => c.Treaty.Id is "nato-art5" or "eu-42-7");
        Assert.Empty(result.Obliged);
        Assert.Empty(result.Consult);
    }

    [Fact]
    public void A_threat_to_a_member_calls_for_article_4_consultation_not_article_5()
    {
        var result = Scenarios.Run("RUS THREATEN LTU");

        Assert.Equal(Hostility.Threat, result.Hostility);
        Assert.Empty(result.Obliged);
        Assert.Equal(31, result.Consult.StatesUnder("nato-art4").Count);
        Assert.All(result.Consult, c => Assert.Equal("LTU", c.Via));
    }
}
