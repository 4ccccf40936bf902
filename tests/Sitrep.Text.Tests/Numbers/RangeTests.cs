namespace Sitrep.Text.Tests.Numbers;

public class RangeTests
{
    [Theory]
    [InlineData("Between 11,000 and 12,000 North Korean soldiers are in Kursk.", "Between 11,000 and 12,000", 11_000, 12_000)]
    [InlineData("Estimates put the force at 11,000 to 12,000 troops.", "11,000 to 12,000", 11_000, 12_000)]
    [InlineData("Estimates put the force at 11,000-12,000 troops.", "11,000-12,000", 11_000, 12_000)]
    [InlineData("Estimates put the force at 11,000–12,000 troops.", "11,000–12,000", 11_000, 12_000)]
    [InlineData("The brigade lost from 4,000 to 6,000 men in the assault.", "from 4,000 to 6,000", 4_000, 6_000)]
    [InlineData("Officials counted 4,000 or 5,000 displaced families.", "4,000 or 5,000", 4_000, 5_000)]
    [InlineData("Kyiv says 10-12 thousand soldiers were moved to the front.", "10-12 thousand", 10_000, 12_000)]
    [InlineData("The war has displaced 1 to 1.5 million people in Sudan.", "1 to 1.5 million", 1_000_000, 1_500_000)]
    [InlineData("The agency says one or two soldiers desert every day.", "one or two", 1, 2)]
    public void Reads_each_range_form(string sentence, string span, double low, double high)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal(low, q.Low);
        Assert.Equal(high, q.High);
        Assert.Null(q.Value);
    }

    [Fact]
    public void Keeps_a_qualifier_in_front_of_a_range()
    {
        const string s = "Some 11,000 to 12,000 troops were moved by rail.";
        var q = QuantityKit.Single(s);
        Assert.Equal("Some 11,000 to 12,000", q.Text(s));
        Assert.Equal("about", q.Qualifier);
        Assert.Equal(11_000, q.Low);
        Assert.Equal(12_000, q.High);
    }

    [Fact]
    public void A_change_from_one_figure_to_another_is_two_figures()
    {
        const string s = "The death toll rose from 300 to 500 overnight.";
        var found = QuantityKit.Scan(s);
        Assert.Equal(new[] { "300", "500" }, found.Select(q => q.Text(s)));
        Assert.All(found, q => Assert.Null(q.Low));
    }

    [Fact]
    public void A_score_is_not_a_range()
    {
        const string s = "The Security Council voted 13-2 to extend the mission.";
        Assert.Empty(QuantityKit.Scan(s));
    }

    [Fact]
    public void A_falling_pair_joined_by_to_is_two_figures()
    {
        const string s = "The army moved 5,000 to 12 towns near the border.";
        Assert.Equal(new[] { "5,000", "12" }, QuantityKit.Scan(s).Select(q => q.Text(s)));
    }

    [Fact]
    public void Between_without_and_leaves_the_figure_alone()
    {
        const string s = "Talks between 12 delegations ended without a deal.";
        var q = QuantityKit.Single(s);
        Assert.Equal("12", q.Text(s));
        Assert.Equal(12, q.Value);
    }
}
