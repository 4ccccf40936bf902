namespace Sitrep.Text.Tests.Numbers;

/// <summary>The token shapes the quantity and date scanners rely on.</summary>
public class TokenizerNumberTests
{
    private static string[] Render(string s) =>
        Tokenizer.Tokenize(s).Select(t => $"{t.In(s)}:{t.Kind}").ToArray();

    [Theory]
    [InlineData("10,000", "10,000:Number")]
    [InlineData("1.2", "1.2:Number")]
    [InlineData("11/10/2024", "11/10/2024:Number")]
    [InlineData("11th", "11th:Number")]
    [InlineData("2.5bn", "2.5bn:Number")]
    [InlineData("14:20", "14:20:Number")]
    public void Keeps_figures_in_one_token(string input, string expected) =>
        Assert.Equal([expected], Render(input));

    [Fact]
    public void Splits_model_names_and_ranges_at_the_hyphen()
    {
        Assert.Equal(["KN:Word", "-:Punct", "23:Number"], Render("KN-23"));
        Assert.Equal(["4,000:Number", "-:Punct", "6,000:Number"], Render("4,000-6,000"));
    }

    [Fact]
    public void Keeps_clock_abbreviations_and_dollar_prefixes_apart_from_the_figure()
    {
        Assert.Equal(["3:45:Number", "p.m.:Word"], Render("3:45 p.m."));
        Assert.Equal(["US:Word", "$:Symbol", "1.5bn:Number"], Render("US$1.5bn"));
    }

    [Theory]
    [InlineData("₩500")]
    [InlineData("₴20")]
    [InlineData("₹40")]
    [InlineData("₪12")]
    public void Every_currency_sign_is_a_symbol(string input) =>
        Assert.Equal(TokenKind.Symbol, Tokenizer.Tokenize(input)[0].Kind);
}
