namespace Sitrep.Text.Tests.Sentences;

public class QuoteAndBracketTests
{
    [Fact]
    public void Closing_quote_after_the_period_belongs_to_the_sentence()
    {
        SentenceAssert.Sentences(
            "“The bridge is gone,” he said. “We will rebuild it within a month.” The ministry did not confirm the timeline.",
            "“The bridge is gone,” he said.",
            "“We will rebuild it within a month.”",
            "The ministry did not confirm the timeline.");
    }

    [Fact]
    public void Straight_quotes_are_handled_like_curly_ones()
    {
        SentenceAssert.Sentences(
            "\"Our lines are holding,\" the commander said. \"The enemy lost two tanks.\" Independent verification was not possible.",
            "\"Our lines are holding,\" the commander said.",
            "\"The enemy lost two tanks.\"",
            "Independent verification was not possible.");
    }

    [Fact]
    public void Question_in_quotes_followed_by_lower_case_attribution_is_one_sentence()
    {
        SentenceAssert.Sentences(
            "“Who will pay for the reconstruction?” asked one resident of Mariupol. Nobody answered.",
            "“Who will pay for the reconstruction?” asked one resident of Mariupol.",
            "Nobody answered.");
    }

    [Fact]
    public void Exclamation_in_quotes_followed_by_a_named_speaker_is_one_sentence()
    {
        SentenceAssert.Sentences(
            "“Not one step back!” President Halloran told the crowd in the square. The rally lasted an hour.",
            "“Not one step back!” President Halloran told the crowd in the square.",
            "The rally lasted an hour.");
    }

    [Fact]
    public void Quoted_sentence_followed_by_a_new_sentence_splits_after_the_quote()
    {
        SentenceAssert.Sentences(
            "The statement ended: “We reserve the right to respond.” The embassy was closed on Friday.",
            "The statement ended: “We reserve the right to respond.”",
            "The embassy was closed on Friday.");
    }

    [Fact]
    public void Parenthetical_inside_a_sentence_keeps_its_period()
    {
        SentenceAssert.Sentences(
            "The strike hit the depot (the governor said it was empty. Residents disagreed.) and cut power to 40,000 homes. Repairs began Sunday.",
            "The strike hit the depot (the governor said it was empty. Residents disagreed.) and cut power to 40,000 homes.",
            "Repairs began Sunday.");
    }

    [Fact]
    public void Parenthetical_that_is_a_whole_sentence_is_its_own_sentence()
    {
        SentenceAssert.Sentences(
            "Three civilians were killed in Kherson. (An earlier statement put the toll at two.) Rescue work continued overnight.",
            "Three civilians were killed in Kherson.",
            "(An earlier statement put the toll at two.)",
            "Rescue work continued overnight.");
    }

    [Fact]
    public void Abbreviations_in_brackets_do_not_break_the_sentence()
    {
        SentenceAssert.Sentences(
            "The convoy reached Rafah [approx. 40 trucks, per U.N. counts] before noon. It returned empty.",
            "The convoy reached Rafah [approx. 40 trucks, per U.N. counts] before noon.",
            "It returned empty.");
    }

    [Fact]
    public void A_stray_opening_bracket_does_not_swallow_the_rest_of_the_paragraph()
    {
        SentenceAssert.Sentences(
            "Casualty figures (unverified were released late on Monday. The army disputed them. A review is under way.",
            "Casualty figures (unverified were released late on Monday.",
            "The army disputed them.",
            "A review is under way.");
    }

    [Fact]
    public void Period_after_a_closing_bracket_ends_the_sentence()
    {
        SentenceAssert.Sentences(
            "The drone was launched from Belgorod (about 40 km from the border). Air defences intercepted it.",
            "The drone was launched from Belgorod (about 40 km from the border).",
            "Air defences intercepted it.");
    }

    [Fact]
    public void Speaker_tag_after_a_quoted_period_stays_with_the_quote()
    {
        SentenceAssert.Sentences(
            "“We have no more shells.” Colonel Varga said. He asked for resupply.",
            "“We have no more shells.” Colonel Varga said.",
            "He asked for resupply.");
    }

    [Fact]
    public void Quoted_question_followed_by_a_reported_clause_starts_a_new_sentence()
    {
        SentenceAssert.Sentences(
            "Another relative asked: “Why did it take so long?” The Red Cross said 11 people were freed on Sunday.",
            "Another relative asked: “Why did it take so long?”",
            "The Red Cross said 11 people were freed on Sunday.");
    }

    [Fact]
    public void Quoted_question_with_a_short_speaker_tag_is_one_sentence()
    {
        SentenceAssert.Sentences(
            "“Where are the generators we were promised?” Mayor Ihor Terekhov asked reporters on Monday. Officials did not reply.",
            "“Where are the generators we were promised?” Mayor Ihor Terekhov asked reporters on Monday.",
            "Officials did not reply.");
    }

    [Fact]
    public void Two_sentences_inside_one_quotation_are_split()
    {
        SentenceAssert.Sentences(
            "\"We want all of them home,\" said one relative. \"Not some. All.\"",
            "\"We want all of them home,\" said one relative.",
            "\"Not some.",
            "All.\"");
    }
}
