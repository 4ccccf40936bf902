using Sitrep.Domain;
using Sitrep.Text.Tests.Dates;
using Sitrep.Text.Tests.Numbers;

namespace Sitrep.Text.Tests;

/// <summary>
/// The combined scan classifies each token once for both scanners; it must find exactly what each scanner finds
/// on its own, including hyphenated number words, "mid-" months, signs and qualifiers that start a reading.
/// </summary>
public class DatesAndQuantitiesTests
{
    [Theory]
    [InlineData("Some 10,000 North Korean troops arrived in Kursk last week, officials said on Tuesday.")]
    [InlineData("Thirty-one civilians were killed and up to 150 wounded in strikes on the city in mid-October.")]
    [InlineData("The aid package, worth US$1.5bn, is the third since February 2022, the ministry said yesterday.")]
    [InlineData("Tens of thousands fled between 2014 and 2016, and several hundred more left two weeks ago.")]
    [InlineData("Casualties rose from 300 to ~450 by the end of 2023, roughly 40 per cent of them civilians.")]
    [InlineData("The talks, first held in Geneva, resumed on 10 November with no agenda.")]
    [InlineData("The foreign ministry summoned the ambassador over the shelling of the border town.")]
    public void Finds_what_the_two_scanners_find_alone(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        List<DateMention> dates = [];
        List<Quantity> quantities = [];

        DatesAndQuantities.Scan(sentence, tokens, DateKit.Published, dates, quantities);

        Assert.Equal(DateScanner.Scan(sentence, tokens, DateKit.Published), dates);
        Assert.Equal(QuantityScanner.Scan(sentence, tokens), quantities);
    }

    [Theory]
    [InlineData("Some 10,000 North Korean troops arrived in Kursk last week, officials said on Tuesday.")]
    [InlineData("Thirty-one civilians were killed and up to 150 wounded in strikes on the city in mid-October.")]
    [InlineData("The aid package, worth US$1.5bn, is the third since February 2022, the ministry said yesterday.")]
    public void Finds_the_same_with_classes_given_by_the_caller(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var classes = tokens.Select(t => TokenClasses.Of(sentence, t)).ToArray();
        List<DateMention> dates = [];
        List<Quantity> quantities = [];

        DatesAndQuantities.Scan(sentence, tokens, classes, DateKit.Published, dates, quantities);

        Assert.Equal(DateScanner.Scan(sentence, tokens, DateKit.Published), dates);
        Assert.Equal(QuantityScanner.Scan(sentence, tokens), quantities);
        Assert.NotEmpty(dates);
        Assert.NotEmpty(quantities);
    }

    [Fact]
    public void Refuses_classes_that_do_not_match_the_tokens()
    {
        const string sentence = "Some 10,000 troops arrived last week.";
        var tokens = Tokenizer.Tokenize(sentence);

        var error = Assert.Throws<ArgumentException>(() =>
            DatesAndQuantities.Scan(sentence, tokens, new TokenClass[tokens.Count - 1], DateKit.Published, [], []));
        Assert.Contains("classes", error.Message);
    }

    [Fact]
    public void Every_listed_word_has_a_class_and_an_unlisted_plain_word_none()
    {
        Assert.All(TokenClasses.ListedWords, kv => Assert.NotEqual(TokenClass.None, kv.Value));
        const string text = "thirty-one mid-November fortress";
        var tokens = Tokenizer.Tokenize(text);
        Assert.NotEqual(TokenClass.None, TokenClasses.OfUnlistedWord(text, tokens[0]));
        Assert.True((TokenClasses.OfUnlistedWord(text, tokens[1]) & TokenClass.Month) != 0);
        Assert.Equal(TokenClass.None, TokenClasses.OfUnlistedWord(text, tokens[2]));
    }

    [Fact]
    public void Reads_a_hyphenated_number_word_and_a_mid_month_in_one_sentence()
    {
        const string sentence = "Thirty-one civilians were killed in strikes on the city in mid-October.";
        List<DateMention> dates = [];
        List<Quantity> quantities = [];

        DatesAndQuantities.Scan(sentence, Tokenizer.Tokenize(sentence), DateKit.Published, dates, quantities);

        var q = Assert.Single(quantities);
        Assert.Equal("Thirty-one", q.Text(sentence));
        Assert.Equal(31, q.Value);
        var d = Assert.Single(dates);
        Assert.Equal("mid-October", d.Text(sentence));
        Assert.Equal(PartialDate.Parse("2024-10"), d.Date);
    }

    [Fact]
    public void Reads_a_qualifier_sign_and_a_currency_sign()
    {
        const string sentence = "Kyiv asked for ~200 air defence interceptors and €4 million in spare parts.";
        List<DateMention> dates = [];
        List<Quantity> quantities = [];

        DatesAndQuantities.Scan(sentence, Tokenizer.Tokenize(sentence), DateKit.Published, dates, quantities);

        Assert.Empty(dates);
        Assert.Collection(quantities,
            q => Assert.Equal(("~200", 200.0, "about"), (q.Text(sentence), q.Value!.Value, q.Qualifier!)),
            q => Assert.Equal(("€4 million", 4e6, "EUR"), (q.Text(sentence), q.Value!.Value, q.Unit!)));
    }

    [Fact]
    public void Reads_a_quantity_whose_figure_lies_far_from_its_first_word()
    {
        // Qualifier (4 tokens), currency (2) and fraction (4) before the scale: the longest reach the scanner allows.
        const string sentence = "Damage was put in the region of US$ a quarter of a million by the insurers.";
        List<DateMention> dates = [];
        List<Quantity> quantities = [];

        DatesAndQuantities.Scan(sentence, Tokenizer.Tokenize(sentence), DateKit.Published, dates, quantities);

        var q = Assert.Single(quantities);
        Assert.Equal("in the region of US$ a quarter of a million", q.Text(sentence));
        Assert.Equal((250_000.0, "about", "USD"), (q.Value!.Value, q.Qualifier!, q.Unit!));
    }

    [Theory]
    [InlineData("Fighting died down at the end of 2024, officials said.", "end of 2024", "2024")]
    [InlineData("The dam was finished at the end of October, officials said.", "end of October", "2024-10")]
    [InlineData("The talks stalled in the summer of 2022, officials said.", "summer of 2022", "2022")]
    [InlineData("Officials met this Tue, 5 Nov 2024, in Geneva.", "Tue, 5 Nov 2024", "2024-11-05")]
    public void Reads_a_date_whose_month_day_or_year_follows_its_first_word(string sentence, string span, string date)
    {
        List<DateMention> dates = [];
        List<Quantity> quantities = [];

        DatesAndQuantities.Scan(sentence, Tokenizer.Tokenize(sentence), DateKit.Published, dates, quantities);

        var d = Assert.Single(dates);
        Assert.Equal(span, d.Text(sentence));
        Assert.Equal(PartialDate.Parse(date), d.Date);
    }
}
