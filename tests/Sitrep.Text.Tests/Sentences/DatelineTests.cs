using Sitrep.Domain;

namespace Sitrep.Text.Tests.Sentences;

public class DatelineTests
{
    private static string? DatelineOfFirst(string text)
    {
        var sentences = SentenceAssert.Split(text);
        var span = SentenceSplitter.DatelineOf(text, sentences[0]);
        return span?.Slice(text);
    }

    [Theory]
    [InlineData("SEOUL — South Korea said the North fired two ballistic missiles.", "SEOUL")]
    [InlineData("KYIV, Ukraine (Baltic Wire) — Air defences were active over the capital.", "KYIV, Ukraine (Baltic Wire)")]
    [InlineData("NEW YORK -- The Security Council will meet on Friday.", "NEW YORK")]
    [InlineData("PORT-AU-PRINCE, Haiti, Nov. 6 - Gangs blocked the main road north.", "PORT-AU-PRINCE, Haiti, Nov. 6")]
    [InlineData("KHARTOUM—The army said it had retaken the bridge.", "KHARTOUM")]
    public void Dateline_span_is_exposed_without_the_dash(string text, string expected)
    {
        Assert.Equal(expected, DatelineOfFirst(text));
    }

    [Theory]
    [InlineData("Seoul — a city of ten million — held a civil defence drill.")]
    [InlineData("NATO said the exercise would go ahead.")]
    [InlineData("The NATO-led mission — its third this year — ended on Monday.")]
    public void Ordinary_sentences_have_no_dateline(string text)
    {
        Assert.Null(DatelineOfFirst(text));
    }

    [Fact]
    public void Dateline_is_part_of_the_first_body_sentence_and_its_abbreviations_do_not_split()
    {
        var text = "ST. PETERSBURG, Russia — A fire broke out at a naval shipyard. No injuries were reported.";
        var sentences = SentenceAssert.Sentences(text,
            "ST. PETERSBURG, Russia — A fire broke out at a naval shipyard.",
            "No injuries were reported.");
        Assert.All(sentences, s => Assert.Equal(SentenceKind.Body, s.Kind));
        Assert.Equal("ST. PETERSBURG, Russia", SentenceSplitter.DatelineOf(text, sentences[0])?.Slice(text));
        Assert.Null(SentenceSplitter.DatelineOf(text, sentences[1]));
    }

    [Fact]
    public void Dateline_with_an_initialism_region_does_not_split()
    {
        SentenceAssert.Sentences(
            "WASHINGTON, D.C. — The Pentagon announced a new aid package. It includes air defence missiles.",
            "WASHINGTON, D.C. — The Pentagon announced a new aid package.",
            "It includes air defence missiles.");
    }
}
