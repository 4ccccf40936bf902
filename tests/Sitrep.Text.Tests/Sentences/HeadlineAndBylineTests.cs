using Sitrep.Domain;

namespace Sitrep.Text.Tests.Sentences;

public class HeadlineAndBylineTests
{
    private static (string Text, SentenceKind Kind)[] KindsOf(string text, string? title = null)
    {
        var sentences = SentenceAssert.Split(text, title);
        return sentences.Select(s => (s.Span.Slice(text), s.Kind)).ToArray();
    }

    [Fact]
    public void Title_line_is_one_headline_even_with_inner_periods()
    {
        const string title = "U.S. strikes radar sites in Yemen. Iran condemns attack";
        var text = title + "\n\nThe strikes began at dawn. Two sites were hit.";
        Assert.Equal(
            [
                (title, SentenceKind.Headline),
                ("The strikes began at dawn.", SentenceKind.Body),
                ("Two sites were hit.", SentenceKind.Body),
            ],
            KindsOf(text, title));
    }

    [Fact]
    public void First_line_without_final_punctuation_is_the_headline_when_a_title_is_known()
    {
        var text = "Floods cut off three villages in northern Kenya\n\nRescue teams reached Garissa on Sunday.";
        Assert.Equal(SentenceKind.Headline, KindsOf(text, "Floods cut off villages")[0].Kind);
    }

    [Fact]
    public void Headline_is_detected_without_a_title_when_a_byline_follows()
    {
        var text = "Militia seizes border post in eastern Congo\nBy Amara Nwosu\nGOMA — Fighters took the post overnight.";
        Assert.Equal(
            [
                ("Militia seizes border post in eastern Congo", SentenceKind.Headline),
                ("By Amara Nwosu", SentenceKind.Byline),
                ("GOMA — Fighters took the post overnight.", SentenceKind.Body),
            ],
            KindsOf(text));
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("By JANE DOE, Baltic Wire")]
    [InlineData("By Jane Doe and John Roe | Meridian Post")]
    [InlineData("BY OLEKSANDR HRYN in Kharkiv")]
    [InlineData("By Maria de la Cruz and Yusuf al-Hakim")]
    public void Byline_variants_are_recognised(string byline)
    {
        var text = $"Port reopens after strike\n\n{byline}\n\nShips began leaving Odesa on Monday.";
        Assert.Equal((byline, SentenceKind.Byline), KindsOf(text)[1]);
    }

    [Fact]
    public void A_sentence_starting_with_By_is_not_a_byline()
    {
        var text = "Army retakes Kupiansk district\n\nBy Tuesday evening, Ukrainian units had pushed the attackers back. By one estimate, 200 were captured.";
        var kinds = KindsOf(text);
        Assert.Equal(
            [
                ("Army retakes Kupiansk district", SentenceKind.Headline),
                ("By Tuesday evening, Ukrainian units had pushed the attackers back.", SentenceKind.Body),
                ("By one estimate, 200 were captured.", SentenceKind.Body),
            ],
            kinds);
    }

    [Theory]
    [InlineData("Nov. 6, 2024")]
    [InlineData("Updated: 11/06/2024 14:20")]
    [InlineData("Published 10 Nov 2024")]
    [InlineData("Wednesday 6 November 2024 09.15 GMT")]
    [InlineData("Posted on March 3, 2025 at 7:30 a.m. ET")]
    public void Date_only_lines_are_datelines(string dateLine)
    {
        var text = $"Ceasefire talks stall\nBy Jane Doe\n{dateLine}\n\nNegotiators left Cairo without a deal.";
        Assert.Equal((dateLine, SentenceKind.Dateline), KindsOf(text)[2]);
    }

    [Fact]
    public void Wire_credit_line_at_the_end_is_a_byline()
    {
        var text = "The port reopened on Monday.\n\n(Reporting by Jane Doe; Editing by John Roe)";
        Assert.Equal(("(Reporting by Jane Doe; Editing by John Roe)", SentenceKind.Byline), KindsOf(text)[1]);
    }

    [Fact]
    public void Sub_headings_in_the_body_are_headlines()
    {
        var text = "Shelling continued overnight in Kherson.\n\nWhat happens next\n\nENERGY GRID UNDER ATTACK\n\nEngineers restored power by noon.";
        Assert.Equal(
            [
                ("Shelling continued overnight in Kherson.", SentenceKind.Body),
                ("What happens next", SentenceKind.Headline),
                ("ENERGY GRID UNDER ATTACK", SentenceKind.Headline),
                ("Engineers restored power by noon.", SentenceKind.Body),
            ],
            KindsOf(text));
    }

    [Fact]
    public void Short_paragraph_that_ends_with_a_colon_is_body_text()
    {
        var text = "Officials listed the damaged sites:\n\n- a school in Izium\n- the rail depot";
        Assert.Equal(SentenceKind.Body, KindsOf(text)[0].Kind);
    }

    [Fact]
    public void Wrapped_all_caps_wire_copy_is_body_text()
    {
        var text = "MOSCOW, NOV 6 (BALTIC WIRE) - RUSSIA SAID ON WEDNESDAY ITS AIR DEFENCES\nDOWNED 25 UKRAINIAN DRONES OVERNIGHT OVER FIVE REGIONS.";
        var sentences = SentenceAssert.Split(text);
        Assert.Single(sentences);
        Assert.Equal(SentenceKind.Body, sentences[0].Kind);
    }

    [Fact]
    public void First_line_that_differs_from_the_title_but_ends_like_a_sentence_is_body()
    {
        var text = "Ukraine said on Monday it had struck a refinery in Ryazan.\n\nThe refinery caught fire.";
        var kinds = KindsOf(text, "Ukraine hits Russian refinery");
        Assert.All(kinds, k => Assert.Equal(SentenceKind.Body, k.Kind));
    }
}
