using Sitrep.Domain;

namespace Sitrep.Coding.Tests;

/// <summary>Actor recognition on sentences in the style of wire reports.</summary>
public sealed class ActorTests
{
    private static IReadOnlyList<ActorMention> Mentions(string sentence, string published = "2024-11-05")
    {
        var doc = new Document
        {
            Id = "t",
            Path = "t",
            Text = sentence,
            Published = DateTimeOffset.Parse(published + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };
        return SpecRunner.Coder.Code(doc, [new Sentence(0, new TextSpan(0, sentence.Length), SentenceKind.Body)]).Analysis.Mentions;
    }

    private static string Codes(IEnumerable<ActorMention> ms) => string.Join(", ", ms.Select(m => $"{m.Text}={m.Actor}"));

    [Theory]
    [InlineData("North Korean troops crossed into Kursk.", "North Korean troops=PRK/MIL")]
    [InlineData("South Korean intelligence services said the units had moved.", "South Korean intelligence services=KOR/SPY")]
    [InlineData("Pyongyang has denied the reports.", "Pyongyang=PRK/GOV")]
    [InlineData("The Kremlin declined to comment.", "The Kremlin=RUS/GOV")]
    [InlineData("Officials in Kyiv and Kiev alike welcomed it.", "Officials in Kyiv=UKR/GOV, Kiev=UKR/GOV")]
    [InlineData("Security forces in Guinea fired on the crowd.", "Security forces in Guinea=GIN/COP")]
    [InlineData("Russia's defence ministry released a video.", "Russia's defence ministry=RUS/GOV")]
    [InlineData("Some 3,000 soldiers from North Korea arrived.", "soldiers from North Korea=PRK/MIL")]
    public void Composes_countries_sectors_and_seats(string sentence, string expected)
    {
        Assert.Equal(expected, Codes(Mentions(sentence)));
    }

    [Fact]
    public void Person_in_office_gives_government_sector_and_outside_it_only_the_country()
    {
        var now = Mentions("Vladimir Putin met the delegation.", "2024-11-05").Single();
        Assert.Equal(new ActorCode("RUS", "GOV", now.Actor.Entity), now.Actor);
        var before = Mentions("Vladimir Putin met the delegation.", "1995-06-01").Single();
        Assert.Equal("RUS", before.Actor.Code);
        Assert.Null(before.Actor.Sector);
    }

    [Fact]
    public void Title_nationality_and_name_make_one_mention()
    {
        var m = Mentions("Russian President Vladimir Putin signed the law.").Single();
        Assert.Equal("Russian President Vladimir Putin", m.Text);
        Assert.Equal("RUS", m.Actor.Code);
        Assert.Equal("GOV", m.Actor.Sector);
    }

    [Fact]
    public void Subject_pronoun_refers_to_the_last_state_named_but_object_pronoun_does_not()
    {
        var text = "Hungary has said it will support the plan. Poland denied it.";
        var doc = new Document { Id = "t", Path = "t", Text = text, Published = new DateTimeOffset(2024, 11, 5, 0, 0, 0, TimeSpan.Zero) };
        var split = text.IndexOf(" Poland", StringComparison.Ordinal);
        var sentences = new[] { new Sentence(0, new TextSpan(0, split), SentenceKind.Body), new Sentence(1, new TextSpan(split + 1, text.Length), SentenceKind.Body) };
        var mentions = SpecRunner.Coder.Code(doc, sentences).Analysis.Mentions;
        Assert.Equal("Hungary=HUN, it=HUN, Poland=POL", Codes(mentions));
    }

    [Fact]
    public void Lower_case_words_do_not_match_capitalised_names()
    {
        Assert.Empty(Mentions("Let us turkey-trot to the chad of the ballot."));
    }

    [Fact]
    public void Surname_after_full_name_refers_to_the_person_in_the_same_document()
    {
        var text = "Kim Jong Un inspected the unit. Kim later praised the soldiers.";
        var doc = new Document { Id = "t", Path = "t", Text = text, Published = new DateTimeOffset(2024, 11, 5, 0, 0, 0, TimeSpan.Zero) };
        var sentences = new[] { new Sentence(0, new TextSpan(0, 31), SentenceKind.Body), new Sentence(1, new TextSpan(32, text.Length), SentenceKind.Body) };
        var mentions = SpecRunner.Coder.Code(doc, sentences).Analysis.Mentions;
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("PRK", m.Actor.Code));
        Assert.Equal("Kim", mentions[1].Text);
        Assert.Equal(1, mentions[1].At.Sentence);
    }

    [Fact]
    public void Epithet_defined_in_the_text_codes_later_mentions()
    {
        var text = "North Korea, often called the Hermit Kingdom, sent troops. The Hermit Kingdom denied it.";
        var doc = new Document { Id = "t", Path = "t", Text = text, Published = new DateTimeOffset(2024, 11, 5, 0, 0, 0, TimeSpan.Zero) };
        var split = text.IndexOf(" The", StringComparison.Ordinal);
        var sentences = new[] { new Sentence(0, new TextSpan(0, split), SentenceKind.Body), new Sentence(1, new TextSpan(split + 1, text.Length), SentenceKind.Body) };
        var mentions = SpecRunner.Coder.Code(doc, sentences).Analysis.Mentions.Where(m => m.At.Sentence == 1).ToList();
        Assert.Equal("The Hermit Kingdom=PRK", Codes(mentions));
    }
}
