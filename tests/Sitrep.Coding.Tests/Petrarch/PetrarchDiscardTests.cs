using Sitrep.Coding.Petrarch;
using Sitrep.Domain;
using static Sitrep.Coding.Tests.Petrarch.PetrarchTestKit;

namespace Sitrep.Coding.Tests.Petrarch;

public sealed class PetrarchDiscardTests
{
    private const string Discards = """
        # Story-level discards start with '+'
        +CHAMPIONS_CUP   # a sports story
        YEARS LATER
        CRICKET
        DERBY_
        VALDORIA OPEN_
        """;

    private static PetrarchDiscards Parse() => PetrarchDiscards.Parse(File("test.discards.txt", Discards), []);

    [Theory]
    [InlineData("Valdoria beat Kestra in the Champions Cup final.", "CHAMPIONS CUP", true)]
    [InlineData("Years later, the two states signed a treaty.", "YEARS LATER", false)]
    [InlineData("Kestran cricketers toured Valdoria.", "CRICKET", false)] // a stem: "cricketers"
    [InlineData("The derby ended in a riot.", "DERBY", false)]
    public void Discard_phrases_are_found_as_petrarch_finds_them(string sentence, string phrase, bool story)
    {
        var found = Parse().FindIn(sentence);
        Assert.NotNull(found);
        Assert.Equal((phrase, story), (found.Text, found.Story));
    }

    [Theory]
    [InlineData("Derbyshire police arrested two men.")] // "DERBY_" must be a whole word
    [InlineData("Valdoria opened its border with Kestra.")] // "VALDORIA OPEN_": "opened" is not "open"
    public void Whole_word_discards_and_other_sentences_are_left_alone(string sentence) => Assert.Null(Parse().FindIn(sentence));

    [Fact]
    public void In_the_coder_a_discard_phrase_hides_the_actor_inside_it()
    {
        var coder = Build(("test.actors.txt", "VALDORIA [VAL]\n"), ("test.discards.txt", Discards));
        var mentions = Code(coder, "The Valdoria Open was cancelled as Valdoria mobilised.", new DateOnly(2022, 2, 2)).Analysis.Mentions;
        var only = Assert.Single(mentions);
        Assert.Equal(new TextSpan(35, 43), only.At.Span);
    }
}
