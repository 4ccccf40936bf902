namespace Sitrep.Text.Tests.Numbers;

public class MoneyAndPercentTests
{
    [Theory]
    [InlineData("Washington approved $2 billion in new military aid.", "$2 billion", 2e9, "USD")]
    [InlineData("The package is worth $2bn, officials said.", "$2bn", 2e9, "USD")]
    [InlineData("Congress set aside 2 billion dollars for air defence.", "2 billion dollars", 2e9, "USD")]
    [InlineData("Brussels pledged €500m for reconstruction.", "€500m", 5e8, "EUR")]
    [InlineData("The loan of US$1.5bn was signed in Tokyo.", "US$1.5bn", 1.5e9, "USD")]
    [InlineData("The EU released 500 million euros from frozen assets.", "500 million euros", 5e8, "EUR")]
    [InlineData("London will provide £250 million in new aid.", "£250 million", 2.5e8, "GBP")]
    [InlineData("The court fined the blogger 300,000 roubles.", "300,000 roubles", 300_000, "RUB")]
    [InlineData("Seoul will spend 1.2 trillion won on new interceptors.", "1.2 trillion won", 1.2e12, "KRW")]
    [InlineData("Kyiv budgeted 40 billion hryvnias for drones.", "40 billion hryvnias", 4e10, "UAH")]
    [InlineData("The grant of 50 million Canadian dollars was announced on Monday.", "50 million Canadian dollars", 5e7, "CAD")]
    [InlineData("Seoul set aside ₩500 billion for the shipyards.", "₩500 billion", 5e11, "KRW")]
    [InlineData("The bond raised USD 300 million in Tokyo.", "USD 300 million", 3e8, "USD")]
    public void Reads_money_with_currency_and_scale(string sentence, string span, double value, string unit)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal(value, q.Value!.Value, 3);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Money_ranges_carry_the_currency_and_the_scale()
    {
        const string s = "Repairs will cost $2-3 billion, the World Bank said.";
        var q = QuantityKit.Single(s);
        Assert.Equal("$2-3 billion", q.Text(s));
        Assert.Equal(2e9, q.Low);
        Assert.Equal(3e9, q.High);
        Assert.Equal("USD", q.Unit);
    }

    [Theory]
    [InlineData("Prices rose 40% in the occupied territories.", "40%")]
    [InlineData("Support for the truce stands at 40 percent.", "40 percent")]
    [InlineData("Turnout fell to 40 per cent in the capital.", "40 per cent")]
    public void Reads_percentages(string sentence, string span)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal(40, q.Value);
        Assert.Equal("%", q.Unit);
    }

    [Fact]
    public void Percentage_ranges_share_the_unit()
    {
        const string s = "Analysts expect output to fall 30-40% this year.";
        var q = QuantityKit.Single(s);
        Assert.Equal("30-40%", q.Text(s));
        Assert.Equal((30.0, 40.0), (q.Low!.Value, q.High!.Value));
        Assert.Equal("%", q.Unit);
    }

    [Fact]
    public void A_rise_by_a_percentage_to_a_sum_is_two_quantities_not_a_range()
    {
        const string s = "The defence budget will rise by almost 25% to 13.5 trillion roubles.";
        var found = QuantityKit.Scan(s);
        Assert.Equal(new[] { "almost 25%", "13.5 trillion roubles" }, found.Select(q => q.Text(s)));
        Assert.Equal(new[] { "%", "RUB" }, found.Select(q => q.Unit));
    }

    [Fact]
    public void Percentage_points_are_kept_apart_from_percent()
    {
        const string s = "Support fell 3 percentage points in a month.";
        var q = QuantityKit.Single(s);
        Assert.Equal("3 percentage points", q.Text(s));
        Assert.Equal("pp", q.Unit);
    }

    [Fact]
    public void Pounds_of_explosives_are_weight_not_money() =>
        Assert.Empty(QuantityKit.Scan("Police found 500 pounds of explosives in the van."));
}
