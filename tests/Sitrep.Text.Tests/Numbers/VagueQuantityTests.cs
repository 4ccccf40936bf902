namespace Sitrep.Text.Tests.Numbers;

public class VagueQuantityTests
{
    [Theory]
    [InlineData("Dozens of drones targeted Kyiv overnight.", "Dozens", 24)]
    [InlineData("Scores of people were detained in Minsk.", "Scores", 40)]
    [InlineData("Hundreds were evacuated from the border villages.", "Hundreds", 200)]
    [InlineData("Thousands of residents queued for water in Gaza City.", "Thousands", 2_000)]
    [InlineData("Tens of thousands of troops massed near the border.", "Tens of thousands", 20_000)]
    [InlineData("Hundreds of thousands of people fled the fighting.", "Hundreds of thousands", 200_000)]
    [InlineData("Millions of Ukrainians spent the night without power.", "Millions", 2_000_000)]
    [InlineData("Several hundred marines landed on the island.", "Several hundred", 300)]
    public void Vague_quantities_give_a_floor(string sentence, string span, double low)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal("vague", q.Qualifier);
        Assert.Equal(low, q.Low);
        Assert.Null(q.High);
        Assert.Null(q.Value);
    }

    [Fact]
    public void Vague_money_takes_its_currency()
    {
        const string s = "The war has cost Moscow billions of dollars in lost revenue.";
        var q = QuantityKit.Single(s);
        Assert.Equal("billions of dollars", q.Text(s));
        Assert.Equal("USD", q.Unit);
        Assert.Equal(2e9, q.Low);
    }

    [Fact]
    public void Scores_as_a_verb_is_not_a_quantity() =>
        Assert.Empty(QuantityKit.Scan("The opposition scores well in the polls."));
}
