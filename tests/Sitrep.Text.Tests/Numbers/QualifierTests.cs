namespace Sitrep.Text.Tests.Numbers;

public class QualifierTests
{
    [Theory]
    [InlineData("Some 10,000 North Korean troops are in Russia.", "Some 10,000", "about")]
    [InlineData("About 12,000 soldiers were deployed, the Pentagon said.", "About 12,000", "about")]
    [InlineData("Around 300 people gathered outside the parliament.", "Around 300", "about")]
    [InlineData("Roughly 40 villages are still without water.", "Roughly 40", "about")]
    [InlineData("Approximately 600 shells were fired on Sunday.", "Approximately 600", "about")]
    [InlineData("The city lost circa 2,000 homes during the siege.", "circa 2,000", "about")]
    [InlineData("An estimated 8,000 fighters remain in the pocket.", "An estimated 8,000", "about")]
    [InlineData("The army has estimated 500 casualties a day.", "estimated 500", "about")]
    [InlineData("The blockade has stranded ~1,500 trucks at the border.", "~1,500", "about")]
    [InlineData("Nearly 9,000 civilians have been evacuated.", "Nearly 9,000", "nearly")]
    [InlineData("Almost 70 drones were launched overnight.", "Almost 70", "nearly")]
    [InlineData("Close to 200 prisoners were freed in the swap.", "Close to 200", "nearly")]
    [InlineData("Just under 5,000 troops took part in the drills.", "Just under 5,000", "nearly")]
    public void Approximate_qualifiers_keep_a_single_value(string sentence, string span, string qualifier)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal(qualifier, q.Qualifier);
        Assert.NotNull(q.Value);
        Assert.Null(q.Low);
        Assert.Null(q.High);
    }

    [Theory]
    [InlineData("At least 60,000 people have been killed, officials said.", "At least 60,000", 60_000)]
    [InlineData("No fewer than 40 tanks were destroyed in the battle.", "No fewer than 40", 40)]
    public void At_least_sets_a_floor(string sentence, string span, double low)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal("at least", q.Qualifier);
        Assert.Equal(low, q.Low);
        Assert.Null(q.Value);
        Assert.Null(q.High);
    }

    [Theory]
    [InlineData("More than 8 million Ukrainians have left the country.", "More than 8 million", 8_000_000)]
    [InlineData("Over 1,000 buildings were damaged.", "Over 1,000", 1_000)]
    [InlineData("Losses are in excess of 150 tanks this month.", "in excess of 150", 150)]
    [InlineData("Upwards of 3,000 people joined the protest in Tbilisi.", "Upwards of 3,000", 3_000)]
    public void More_than_sets_a_floor(string sentence, string span, double low)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal("more than", q.Qualifier);
        Assert.Equal(low, q.Low);
        Assert.Null(q.High);
    }

    [Theory]
    [InlineData("Up to 12,000 troops could be sent, Seoul warned.", "Up to 12,000", "up to", 12_000)]
    [InlineData("As many as 15,000 people may be trapped in the city.", "As many as 15,000", "up to", 15_000)]
    [InlineData("Fewer than 100 residents stayed behind in the village.", "Fewer than 100", "fewer than", 100)]
    [InlineData("Less than 5 percent of the aid arrived.", "Less than 5 percent", "fewer than", 5)]
    [InlineData("Under 2,000 soldiers now hold the line there.", "Under 2,000", "fewer than", 2_000)]
    public void Ceilings_set_high_only(string sentence, string span, string qualifier, double high)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(high, q.High);
        Assert.Null(q.Low);
        Assert.Null(q.Value);
    }

    [Fact]
    public void More_than_a_dozen_reads_the_word_figure()
    {
        const string s = "More than a dozen drones struck the refinery.";
        var q = QuantityKit.Single(s);
        Assert.Equal("More than a dozen", q.Text(s));
        Assert.Equal(12, q.Low);
    }
}
