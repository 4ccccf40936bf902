namespace Sitrep.Text.Tests.Numbers;

public class FigureTests
{
    [Theory]
    [InlineData("Pyongyang has sent 10,000 troops to the Kursk region.", "10,000", 10_000)]
    [InlineData("The package includes 1,200,000 rounds of artillery ammunition.", "1,200,000", 1_200_000)]
    [InlineData("The fund grew by 1.2 percent last year.", "1.2 percent", 1.2)]
    [InlineData("Officials said 1.2 million people had fled the region.", "1.2 million", 1_200_000)]
    [InlineData("Seoul estimates that 3 thousand North Korean soldiers have been wounded.", "3 thousand", 3_000)]
    [InlineData("Sanctions froze 2.5m worth of assets held by the unit.", "2.5m", 2_500_000)]
    [InlineData("The ministry reported 12k displaced in the district.", "12k", 12_000)]
    [InlineData("Russia fired 1 billion rounds, the analyst claimed.", "1 billion", 1e9)]
    public void Reads_digit_figures_with_scales(string sentence, string span, double value)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal(value, q.Value!.Value, 6);
    }

    [Theory]
    [InlineData("Thirty-one civilians were killed in the strike on Kharkiv.", "Thirty-one", 31)]
    [InlineData("Rescuers pulled twenty five people from the rubble.", "twenty five", 25)]
    [InlineData("The raid involved one hundred drones, according to the air force.", "one hundred", 100)]
    [InlineData("A hundred soldiers crossed the river at dawn.", "A hundred", 100)]
    [InlineData("A dozen journalists were detained at the border.", "A dozen", 12)]
    [InlineData("Two dozen shells landed near the plant overnight.", "Two dozen", 24)]
    [InlineData("Half a million people remain without power in Odesa.", "Half a million", 500_000)]
    [InlineData("The strikes left a million residents without heating.", "a million", 1_000_000)]
    [InlineData("Two soldiers were wounded in the exchange of fire.", "Two", 2)]
    [InlineData("One soldier was killed and another was injured.", "One", 1)]
    [InlineData("Officials said two hundred and fifty prisoners were exchanged.", "two hundred and fifty", 250)]
    [InlineData("The navy said one Russian drone was shot down over the Black Sea.", "one", 1)]
    public void Reads_word_numbers(string sentence, string span, double value)
    {
        var q = QuantityKit.Single(sentence);
        Assert.Equal(span, q.Text(sentence));
        Assert.Equal(value, q.Value!.Value, 6);
        Assert.Null(q.Unit);
    }

    [Theory]
    [InlineData("One of the soldiers later died of his wounds.")]
    [InlineData("One day the fighting will stop, the mayor said.")]
    [InlineData("The talks could resume as early as next month, one official said.")]
    [InlineData("Kyiv and Moscow blamed each other, and the two met again later.")]
    [InlineData("No one was hurt in the blast, police said.")]
    [InlineData("One resident said the shelling lasted all night.")]
    public void Leaves_word_numbers_that_do_not_count(string sentence) =>
        Assert.Empty(QuantityKit.Scan(sentence));

    [Fact]
    public void Gives_token_indices_so_the_caller_can_read_the_counted_noun()
    {
        const string s = "Some 10,000 North Korean troops are in Russia.";
        var tokens = Tokenizer.Tokenize(s);
        var q = QuantityScanner.Scan(s, tokens).Single();
        Assert.Equal("Some", tokens[q.FirstToken].In(s).ToString());
        Assert.Equal("10,000", tokens[q.LastToken].In(s).ToString());
        Assert.Equal("North", tokens[q.LastToken + 1].In(s).ToString());
    }

    [Fact]
    public void Appends_to_the_callers_list_and_finds_several_per_sentence()
    {
        const string s = "The attack killed 12 people and wounded 45 others, while 3 drones were downed.";
        var into = new List<Quantity> { default };
        QuantityScanner.Scan(s, Tokenizer.Tokenize(s), into);
        Assert.Equal(new double?[] { 12, 45, 3 }, into.Skip(1).Select(q => q.Value));
    }

    [Fact]
    public void Scans_only_the_tokens_of_the_sentence_given_with_offsets_into_the_document()
    {
        const string doc = "Kyiv was quiet.\nThe governor said 7 people died.";
        var sentence = new Sitrep.Domain.TextSpan(16, doc.Length);
        var q = QuantityScanner.Scan(doc, Tokenizer.Tokenize(doc, sentence)).Single();
        Assert.Equal("7", q.Span.Slice(doc));
        Assert.Equal(34, q.Span.Start);
    }
}
