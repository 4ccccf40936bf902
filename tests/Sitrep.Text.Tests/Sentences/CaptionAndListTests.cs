using Sitrep.Domain;

namespace Sitrep.Text.Tests.Sentences;

public class CaptionAndListTests
{
    [Fact]
    public void Reader_supplied_caption_is_split_into_caption_sentences()
    {
        const string caption = "Smoke rises over the port of Odesa after a drone strike. Firefighters worked through the night.";
        var text = "Drones hit Odesa port\n\n" + caption + "\n\nThe strike damaged two grain silos.";
        var start = text.IndexOf(caption, StringComparison.Ordinal);
        var sentences = SentenceAssert.Split(text, "Drones hit Odesa port", [new TextSpan(start, start + caption.Length)]);

        Assert.Equal(
            [
                ("Drones hit Odesa port", SentenceKind.Headline),
                ("Smoke rises over the port of Odesa after a drone strike.", SentenceKind.Caption),
                ("Firefighters worked through the night.", SentenceKind.Caption),
                ("The strike damaged two grain silos.", SentenceKind.Body),
            ],
            sentences.Select(s => (s.Span.Slice(text), s.Kind)).ToArray());
    }

    [Theory]
    [InlineData("Photo: Residents clear rubble in Chernihiv on Sunday.")]
    [InlineData("PHOTO: Residents clear rubble in Chernihiv on Sunday.")]
    [InlineData("Caption: Residents clear rubble in Chernihiv on Sunday.")]
    [InlineData("Pictured: Residents clear rubble in Chernihiv on Sunday.")]
    public void Caption_prefixes_mark_a_line_as_caption(string line)
    {
        var text = "Rockets struck the city centre.\n" + line + "\nThe mayor asked for generators.";
        var sentences = SentenceAssert.Split(text);
        Assert.Equal(
            [SentenceKind.Body, SentenceKind.Caption, SentenceKind.Body],
            sentences.Select(s => s.Kind).ToArray());
        Assert.Equal(line, sentences[1].Span.Slice(text));
    }

    [Fact]
    public void Caption_line_inside_a_paragraph_does_not_swallow_the_body()
    {
        var text = "Photo: Reuters\nKYIV — Air raid alerts sounded across the country.";
        var sentences = SentenceAssert.Split(text);
        Assert.Equal(
            [("Photo: Reuters", SentenceKind.Caption), ("KYIV — Air raid alerts sounded across the country.", SentenceKind.Body)],
            sentences.Select(s => (s.Span.Slice(text), s.Kind)).ToArray());
    }

    [Fact]
    public void Bulleted_list_gives_one_list_item_per_line()
    {
        var text = "The ministry reported:\n- 14 civilians killed\n• 40 wounded\n* two hospitals damaged";
        var sentences = SentenceAssert.Split(text);
        Assert.Equal(
            [
                ("The ministry reported:", SentenceKind.Body),
                ("- 14 civilians killed", SentenceKind.ListItem),
                ("• 40 wounded", SentenceKind.ListItem),
                ("* two hospitals damaged", SentenceKind.ListItem),
            ],
            sentences.Select(s => (s.Span.Slice(text), s.Kind)).ToArray());
    }

    [Fact]
    public void Numbered_list_items_with_several_sentences_are_split_further()
    {
        var text = "Key points\n\n1. Russia fired 30 missiles overnight. Most were intercepted.\n2) Power was cut in Lviv.";
        var sentences = SentenceAssert.Split(text);
        Assert.Equal(
            [
                ("Key points", SentenceKind.Headline),
                ("1. Russia fired 30 missiles overnight.", SentenceKind.ListItem),
                ("Most were intercepted.", SentenceKind.ListItem),
                ("2) Power was cut in Lviv.", SentenceKind.ListItem),
            ],
            sentences.Select(s => (s.Span.Slice(text), s.Kind)).ToArray());
    }

    [Fact]
    public void Hard_wrapped_list_item_continues_on_the_next_line()
    {
        var text = "- Shelling damaged the water plant serving the\nsouthern districts of the city\n- Repairs will take a week";
        var sentences = SentenceAssert.Split(text);
        Assert.Equal(
            [
                "- Shelling damaged the water plant serving the\nsouthern districts of the city",
                "- Repairs will take a week",
            ],
            SentenceAssert.Texts(text, sentences));
        Assert.All(sentences, s => Assert.Equal(SentenceKind.ListItem, s.Kind));
    }

    [Fact]
    public void Hard_wrapped_reader_caption_stays_one_unit_and_body_after_it_is_body()
    {
        var text = "Displaced families queue for bread in Rafah,\nsouthern Gaza, on Thursday.\nAid agencies say stocks will last a week.";
        var captionEnd = text.IndexOf("Aid", StringComparison.Ordinal) - 1;
        var sentences = SentenceAssert.Split(text, captions: [new TextSpan(0, captionEnd)]);
        Assert.Equal(
            [
                ("Displaced families queue for bread in Rafah,\nsouthern Gaza, on Thursday.", SentenceKind.Caption),
                ("Aid agencies say stocks will last a week.", SentenceKind.Body),
            ],
            sentences.Select(s => (s.Span.Slice(text), s.Kind)).ToArray());
    }

    [Fact]
    public void Prefixed_caption_wrapped_mid_clause_continues_on_the_next_line()
    {
        var text = "Photo: Smoke rises over the port of\nOdesa after a drone strike. Firefighters worked all night.";
        var sentences = SentenceAssert.Split(text);
        Assert.Equal(
            ["Photo: Smoke rises over the port of\nOdesa after a drone strike.", "Firefighters worked all night."],
            SentenceAssert.Texts(text, sentences));
        Assert.All(sentences, s => Assert.Equal(SentenceKind.Caption, s.Kind));
    }
}
