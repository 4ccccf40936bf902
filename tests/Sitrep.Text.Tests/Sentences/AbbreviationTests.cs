namespace Sitrep.Text.Tests.Sentences;

public class AbbreviationTests
{
    [Fact]
    public void Country_initialisms_inside_a_sentence_do_not_split()
    {
        SentenceAssert.Sentences(
            "U.S. and U.K. warships escorted the tanker past the U.N. monitoring post. The E.U. said it would send observers.",
            "U.S. and U.K. warships escorted the tanker past the U.N. monitoring post.",
            "The E.U. said it would send observers.");
    }

    [Fact]
    public void Initialism_followed_by_a_sentence_starter_ends_the_sentence()
    {
        SentenceAssert.Sentences(
            "The delegation flew back to the U.S. The next day, talks resumed in Doha.",
            "The delegation flew back to the U.S.",
            "The next day, talks resumed in Doha.");
    }

    [Fact]
    public void Initialism_followed_by_a_proper_name_does_not_end_the_sentence()
    {
        SentenceAssert.Sentences(
            "A U.S. Navy destroyer shot down two drones, and the U.N. Security Council met in emergency session.",
            "A U.S. Navy destroyer shot down two drones, and the U.N. Security Council met in emergency session.");
    }

    [Fact]
    public void Military_ranks_and_titles_do_not_end_sentences()
    {
        SentenceAssert.Sentences(
            "Lt. Col. Andriy Koval and Maj. Gen. Tom Briggs met Capt. Lena Ortiz. Sgt. Mika Rahn and Adm. Joan Fell were absent.",
            "Lt. Col. Andriy Koval and Maj. Gen. Tom Briggs met Capt. Lena Ortiz.",
            "Sgt. Mika Rahn and Adm. Joan Fell were absent.");
    }

    [Fact]
    public void Political_titles_do_not_end_sentences()
    {
        SentenceAssert.Sentences(
            "Sen. Dana Whitfield and Rep. Omar Castel questioned Gov. Ellen Marsh about the evacuation. Pres. Ruto arrived later.",
            "Sen. Dana Whitfield and Rep. Omar Castel questioned Gov. Ellen Marsh about the evacuation.",
            "Pres. Ruto arrived later.");
    }

    [Fact]
    public void Honorifics_and_place_prefixes_do_not_end_sentences()
    {
        SentenceAssert.Sentences(
            "Dr. Amal Haddad told Mr. Price and Mrs. Ivanova that Ms. Chen had reached St. Petersburg. The group later camped below Mt. Hermon.",
            "Dr. Amal Haddad told Mr. Price and Mrs. Ivanova that Ms. Chen had reached St. Petersburg.",
            "The group later camped below Mt. Hermon.");
    }

    [Theory]
    [InlineData("Jan.")]
    [InlineData("Feb.")]
    [InlineData("Apr.")]
    [InlineData("Aug.")]
    [InlineData("Sept.")]
    [InlineData("Sep.")]
    [InlineData("Oct.")]
    [InlineData("Nov.")]
    [InlineData("Dec.")]
    public void Month_abbreviation_before_a_day_does_not_split(string month)
    {
        var text = $"The ceasefire took effect on {month} 14 at midnight. Shelling resumed two days later.";
        SentenceAssert.Sentences(text,
            $"The ceasefire took effect on {month} 14 at midnight.",
            "Shelling resumed two days later.");
    }

    [Fact]
    public void Mar_is_a_month_only_before_a_number()
    {
        SentenceAssert.Sentences(
            "The talks opened on Mar. 3 in Geneva. Delegates met at the Hotel Del Mar. Officials declined to comment.",
            "The talks opened on Mar. 3 in Geneva.",
            "Delegates met at the Hotel Del Mar.",
            "Officials declined to comment.");
    }

    [Fact]
    public void Month_abbreviation_at_the_end_of_a_sentence_splits_before_a_starter()
    {
        SentenceAssert.Sentences(
            "The offensive began in late Nov. The army has since advanced 12 kilometres.",
            "The offensive began in late Nov.",
            "The army has since advanced 12 kilometres.");
    }

    [Fact]
    public void No_before_a_number_does_not_split_but_a_final_no_does()
    {
        SentenceAssert.Sentences(
            "Resolution No. 2231 was cited, as were Nos. 1701 and 1559. Asked whether troops would stay, the minister said no. Talks end Friday.",
            "Resolution No. 2231 was cited, as were Nos. 1701 and 1559.",
            "Asked whether troops would stay, the minister said no.",
            "Talks end Friday.");
    }

    [Fact]
    public void Vs_and_approx_and_est_stay_inside_the_sentence()
    {
        SentenceAssert.Sentences(
            "Losses were approx. 3,000 troops vs. Ukraine's figure of est. 5,000 dead. Neither side has published names.",
            "Losses were approx. 3,000 troops vs. Ukraine's figure of est. 5,000 dead.",
            "Neither side has published names.");
    }

    [Fact]
    public void Etc_is_mid_sentence_only_before_lower_case()
    {
        SentenceAssert.Sentences(
            "Aid trucks carried flour, water, blankets, etc. and crossed at dawn. Convoys also brought fuel, generators, etc. Officials said more would follow.",
            "Aid trucks carried flour, water, blankets, etc. and crossed at dawn.",
            "Convoys also brought fuel, generators, etc.",
            "Officials said more would follow.");
    }

    [Fact]
    public void Company_suffixes_end_a_sentence_only_before_a_starter()
    {
        SentenceAssert.Sentences(
            "The shells were made by Arden Munitions Corp. The firm denied selling to either side. Halvard Co. Ltd. Shipping Division chartered the vessel.",
            "The shells were made by Arden Munitions Corp.",
            "The firm denied selling to either side.",
            "Halvard Co. Ltd. Shipping Division chartered the vessel.");
    }

    [Fact]
    public void Personal_initials_do_not_split()
    {
        SentenceAssert.Sentences(
            "Historians compared the speech to one by John F. Kennedy. Some quoted J.R.R. Tolkien instead, while Kim Jong-un stayed silent.",
            "Historians compared the speech to one by John F. Kennedy.",
            "Some quoted J.R.R. Tolkien instead, while Kim Jong-un stayed silent.");
    }

    [Fact]
    public void All_caps_abbreviations_are_recognised()
    {
        SentenceAssert.Sentences(
            "GEN. MARCUS OYELARAN SAID THE BRIGADE HAD WITHDRAWN. REINFORCEMENTS ARE EXPECTED.",
            "GEN. MARCUS OYELARAN SAID THE BRIGADE HAD WITHDRAWN.",
            "REINFORCEMENTS ARE EXPECTED.");
    }

    [Fact]
    public void Ordinary_words_that_look_like_state_abbreviations_still_end_sentences()
    {
        SentenceAssert.Sentences(
            "Two of the hostages were ill. Doctors from the Red Crescent treated them at the border.",
            "Two of the hostages were ill.",
            "Doctors from the Red Crescent treated them at the border.");
    }

    [Fact]
    public void Weekday_abbreviation_before_a_date_does_not_split()
    {
        SentenceAssert.Sentences(
            "The envoy is due in Riyadh on Wed. Nov. 29, officials said. He will meet Saudi officials.",
            "The envoy is due in Riyadh on Wed. Nov. 29, officials said.",
            "He will meet Saudi officials.");
    }

    [Fact]
    public void Party_and_state_abbreviations_in_parentheses_stay_inside()
    {
        SentenceAssert.Sentences(
            "Sen. Jim Risch (R-Idaho) and Rep. Gregory Meeks (D-N.Y.) urged new sanctions. The Treasury Dept. said it was reviewing options.",
            "Sen. Jim Risch (R-Idaho) and Rep. Gregory Meeks (D-N.Y.) urged new sanctions.",
            "The Treasury Dept. said it was reviewing options.");
    }
}
