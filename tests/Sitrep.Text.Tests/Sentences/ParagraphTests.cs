using Sitrep.Domain;

namespace Sitrep.Text.Tests.Sentences;

public class ParagraphTests
{
    [Fact]
    public void Hard_wrapped_lines_inside_a_paragraph_join_into_sentences()
    {
        var text = "Russian forces shelled the outskirts of Zaporizhzhia\novernight, the regional governor said. Two people\nwere wounded.";
        SentenceAssert.Sentences(text,
            "Russian forces shelled the outskirts of Zaporizhzhia\novernight, the regional governor said.",
            "Two people\nwere wounded.");
    }

    [Fact]
    public void A_sentence_never_crosses_a_paragraph_break()
    {
        var text = "The evacuation of Pokrovsk continued on Saturday as\n\nvolunteers drove buses into the town.";
        SentenceAssert.Sentences(text,
            "The evacuation of Pokrovsk continued on Saturday as",
            "volunteers drove buses into the town.");
    }

    [Fact]
    public void Abbreviation_at_the_end_of_a_paragraph_does_not_pull_the_next_paragraph_in()
    {
        var text = "The aid was pledged by Gen.\n\nThe shipment arrived in Port Sudan.";
        SentenceAssert.Sentences(text, "The aid was pledged by Gen.", "The shipment arrived in Port Sudan.");
    }

    [Fact]
    public void Offsets_point_into_the_original_text_with_irregular_whitespace()
    {
        var text = "  \n\nGunfire was heard near the airport.   Flights were suspended.\r\n\r\n\r\n  The airline gave no date.  \n";
        var sentences = SentenceAssert.Sentences(text,
            "Gunfire was heard near the airport.",
            "Flights were suspended.",
            "The airline gave no date.");
        Assert.Equal(text.IndexOf("Gunfire", StringComparison.Ordinal), sentences[0].Span.Start);
        Assert.Equal(text.IndexOf("date.", StringComparison.Ordinal) + 5, sentences[2].Span.End);
    }

    [Fact]
    public void Empty_and_blank_text_give_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n\n \n"));
    }

    [Fact]
    public void Paragraph_without_final_punctuation_is_still_covered()
    {
        SentenceAssert.Sentences(
            "Witnesses said the convoy was hit twice, and that the second strike came as medics arrived and began loading the wounded into two ambulances",
            "Witnesses said the convoy was hit twice, and that the second strike came as medics arrived and began loading the wounded into two ambulances");
    }

    [Fact]
    public void Wrapped_line_that_starts_with_a_date_is_not_a_date_line()
    {
        var text = "First paragraph of the report, long enough to be running text.\n\n"
                   + "The two delegations agreed to meet again in Istanbul on the morning of\n14 March 2025.\nNo agenda has been published.";
        var sentences = SentenceAssert.Split(text, "Talks");
        Assert.Equal(
            "The two delegations agreed to meet again in Istanbul on the morning of\n14 March 2025.",
            sentences[1].Span.Slice(text));
        Assert.All(sentences, s => Assert.Equal(SentenceKind.Body, s.Kind));
    }

    [Fact]
    public void Document_overload_uses_title_and_captions()
    {
        const string body = "Aid convoy reaches Khan Younis\n\nA convoy of 60 trucks entered on Tuesday. Photo credit: UNRWA\n\nThe trucks carried flour.";
        var captionStart = body.IndexOf("Photo credit", StringComparison.Ordinal);
        var doc = new Document
        {
            Id = "d1",
            Path = "samples/convoy.txt",
            Text = body,
            Title = "Aid convoy reaches Khan Younis",
            Captions = [new TextSpan(captionStart, captionStart + "Photo credit: UNRWA".Length)],
        };
        var sentences = SentenceSplitter.Split(doc);
        SentenceAssert.AssertInvariants(body, sentences);
        Assert.Equal(SentenceKind.Headline, sentences[0].Kind);
        // The caption span lies inside a body line, so the whole line is marked; the splitter works per line.
        Assert.Equal(SentenceKind.Caption, sentences[1].Kind);
        Assert.Equal("The trucks carried flour.", sentences[^1].TextOf(doc));
        Assert.Equal(SentenceKind.Body, sentences[^1].Kind);
    }

    [Fact]
    public void Full_article_keeps_every_character_and_kinds_in_order()
    {
        const string title = "Drone strikes hit Kharkiv as talks falter";
        var text = string.Join('\n',
            title,
            "",
            "By Olena Marchenko and Peter Hale | Baltic Wire",
            "Nov. 6, 2024",
            "",
            "KHARKIV, Ukraine (Baltic Wire) — At least seven people were killed when drones struck",
            "residential blocks in Kharkiv overnight, Gov. Oleh Syniehubov said on Wednesday. “The",
            "attack began at 2:10 a.m. and lasted three hours,” he said.",
            "",
            "Photo: Firefighters at a burning block in the Kyivskyi district.",
            "",
            "The U.S. State Department condemned the strike. The U.N. said it was \"deeply alarmed.\"",
            "",
            "Damage reported so far",
            "",
            "- 12 apartment blocks",
            "- a school (No. 134)",
            "",
            "(Reporting by Olena Marchenko; Editing by Peter Hale)");
        var sentences = SentenceAssert.Split(text, title);
        Assert.Equal(
            [
                (title, SentenceKind.Headline),
                ("By Olena Marchenko and Peter Hale | Baltic Wire", SentenceKind.Byline),
                ("Nov. 6, 2024", SentenceKind.Dateline),
                ("KHARKIV, Ukraine (Baltic Wire) — At least seven people were killed when drones struck\nresidential blocks in Kharkiv overnight, Gov. Oleh Syniehubov said on Wednesday.", SentenceKind.Body),
                ("“The\nattack began at 2:10 a.m. and lasted three hours,” he said.", SentenceKind.Body),
                ("Photo: Firefighters at a burning block in the Kyivskyi district.", SentenceKind.Caption),
                ("The U.S. State Department condemned the strike.", SentenceKind.Body),
                ("The U.N. said it was \"deeply alarmed.\"", SentenceKind.Body),
                ("Damage reported so far", SentenceKind.Headline),
                ("- 12 apartment blocks", SentenceKind.ListItem),
                ("- a school (No. 134)", SentenceKind.ListItem),
                ("(Reporting by Olena Marchenko; Editing by Peter Hale)", SentenceKind.Byline),
            ],
            sentences.Select(s => (s.Span.Slice(text), s.Kind)).ToArray());
    }
}
