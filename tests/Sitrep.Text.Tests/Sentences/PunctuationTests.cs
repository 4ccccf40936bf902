namespace Sitrep.Text.Tests.Sentences;

public class PunctuationTests
{
    [Fact]
    public void Decimals_and_thousands_separators_do_not_split()
    {
        SentenceAssert.Sentences(
            "About 1.2 million people have fled, and 10,000 more cross each day. The agency needs $4.5 billion.",
            "About 1.2 million people have fled, and 10,000 more cross each day.",
            "The agency needs $4.5 billion.");
    }

    [Fact]
    public void Clock_times_with_a_m_and_p_m_do_not_split_before_names()
    {
        SentenceAssert.Sentences(
            "Sirens sounded at 3:45 p.m. Kyiv time and again at 6 a.m. on Tuesday. Nobody was hurt.",
            "Sirens sounded at 3:45 p.m. Kyiv time and again at 6 a.m. on Tuesday.",
            "Nobody was hurt.");
    }

    [Fact]
    public void Time_at_the_end_of_a_sentence_splits_before_a_starter()
    {
        SentenceAssert.Sentences(
            "The curfew starts at 10 p.m. It will be enforced by military police.",
            "The curfew starts at 10 p.m.",
            "It will be enforced by military police.");
    }

    [Fact]
    public void Ellipsis_mid_quote_does_not_split_but_ellipsis_before_a_starter_does()
    {
        SentenceAssert.Sentences(
            "“We will hold the city … Ukraine will not give up,” the mayor said. The line went dead... Then the power came back. Witnesses counted . . . dozens of drones.",
            "“We will hold the city … Ukraine will not give up,” the mayor said.",
            "The line went dead...",
            "Then the power came back.",
            "Witnesses counted . . . dozens of drones.");
    }

    [Fact]
    public void Question_and_exclamation_runs_end_sentences()
    {
        SentenceAssert.Sentences(
            "Was it a missile?! Officials would not say. Is the ceasefire over? Nobody knows!",
            "Was it a missile?!",
            "Officials would not say.",
            "Is the ceasefire over?",
            "Nobody knows!");
    }

    [Fact]
    public void Em_dashes_do_not_split_and_a_dash_after_a_period_is_no_new_sentence()
    {
        SentenceAssert.Sentences(
            "The attack — the third this week — killed four people in Sumy. Power was cut. —Compiled from wire reports",
            "The attack — the third this week — killed four people in Sumy.",
            "Power was cut. —Compiled from wire reports");
    }

    [Fact]
    public void Urls_and_hyphenated_initialisms_do_not_split()
    {
        SentenceAssert.Sentences(
            "The U.S.-led coalition posted the footage on coalition-news.org on Friday. It showed two launchers.",
            "The U.S.-led coalition posted the footage on coalition-news.org on Friday.",
            "It showed two launchers.");
    }

    [Fact]
    public void Sentence_may_start_with_a_number()
    {
        SentenceAssert.Sentences(
            "The count was revised upward on Monday. 2024 was the deadliest year on record for aid workers.",
            "The count was revised upward on Monday.",
            "2024 was the deadliest year on record for aid workers.");
    }

    [Fact]
    public void Ellipsis_glued_to_its_word_trails_off_and_ends_the_sentence()
    {
        SentenceAssert.Sentences(
            "The WHO said fuel was running out... Hospitals in the north have closed.",
            "The WHO said fuel was running out...",
            "Hospitals in the north have closed.");
    }
}
