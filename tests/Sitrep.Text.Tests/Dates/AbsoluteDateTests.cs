namespace Sitrep.Text.Tests.Dates;

public class AbsoluteDateTests
{
    [Theory]
    [InlineData("The ceasefire began on Nov. 10, 2024, after weeks of talks.", "Nov. 10, 2024", "2024-11-10")]
    [InlineData("The ceasefire began on November 10, 2024, after weeks of talks.", "November 10, 2024", "2024-11-10")]
    [InlineData("The ceasefire began on 10 November 2024 after weeks of talks.", "10 November 2024", "2024-11-10")]
    [InlineData("The ceasefire began on the 10th of November, 2024.", "10th of November, 2024", "2024-11-10")]
    [InlineData("The treaty was signed on Sept. 12, 2023 in Vladivostok.", "Sept. 12, 2023", "2023-09-12")]
    [InlineData("The treaty was signed on Sep 12, 2023 in Vladivostok.", "Sep 12, 2023", "2023-09-12")]
    [InlineData("The decree is dated 2024-11-05 and was posted online.", "2024-11-05", "2024-11-05")]
    [InlineData("Shelling resumed on Tuesday, Nov. 5, 2024, the mayor said.", "Tuesday, Nov. 5, 2024", "2024-11-05")]
    public void Reads_full_dates_with_day_precision(string sentence, string span, string date)
    {
        var d = DateKit.Single(sentence);
        DateKit.Is(sentence, d, span, date, DateRole.On, relative: false);
    }

    [Fact]
    public void Reads_month_and_year()
    {
        const string s = "The offensive stalled in November 2023.";
        DateKit.Is(s, DateKit.Single(s), "November 2023", "2023-11", DateRole.On, false);
    }

    [Fact]
    public void Since_a_month_and_year_is_a_start()
    {
        const string s = "Ukraine has been under martial law since February 2022.";
        DateKit.Is(s, DateKit.Single(s), "February 2022", "2022-02", DateRole.Since, false);
    }

    [Fact]
    public void Month_of_year_is_read_too()
    {
        const string s = "The invasion began in February of 2022.";
        DateKit.Is(s, DateKit.Single(s), "February of 2022", "2022-02", DateRole.On, false);
    }

    [Theory]
    [InlineData("Seoul and Pyongyang agreed on the border line in 1968.", "1968", "1968", DateRole.On)]
    [InlineData("The armistice has held since 1953.", "1953", "1953", DateRole.Since)]
    [InlineData("The army wants the drones by 2030.", "2030", "2030", DateRole.Until)]
    [InlineData("Sanctions stay in force until 2026, Brussels said.", "2026", "2026", DateRole.Until)]
    [InlineData("It was the bloodiest clash of 2022.", "2022", "2022", DateRole.On)]
    [InlineData("Refugees have returned from 2015 onwards.", "2015", "2015", DateRole.Since)]
    [InlineData("The unit was founded in the year 1950.", "1950", "1950", DateRole.On)]
    [InlineData("Fighting intensified in early 2023.", "early 2023", "2023", DateRole.Around)]
    [InlineData("The base was expanded in mid-2023.", "mid-2023", "2023", DateRole.Around)]
    public void Reads_a_bare_year_only_after_a_time_word(string sentence, string span, string date, DateRole role)
    {
        var d = DateKit.Single(sentence);
        DateKit.Is(sentence, d, span, date, role, relative: false);
    }

    [Theory]
    [InlineData("The 1961 treaty binds China to defend North Korea.")]
    [InlineData("In the 1950s the peninsula was divided.")]
    [InlineData("The 2023-24 budget was cut again.")]
    [InlineData("Officials reviewed 1990 files in total.")]
    [InlineData("The conflict has gone on since the start of the war.")]
    [InlineData("The strike on the depot caused a fire.")]
    public void Leaves_numbers_and_phrases_that_are_not_dates(string sentence) =>
        Assert.True(DateKit.Scan(sentence, DateKit.Published).Count == 0,
            DateKit.Describe(sentence, DateKit.Scan(sentence, DateKit.Published)));

    [Fact]
    public void Finds_two_dates_in_one_sentence_with_their_roles()
    {
        const string s = "The embargo lasted from March 2014 until June 2015.";
        var found = DateKit.Scan(s, DateKit.Published);
        Assert.Equal(2, found.Count);
        DateKit.Is(s, found[0], "March 2014", "2014-03", DateRole.Since, false);
        DateKit.Is(s, found[1], "June 2015", "2015-06", DateRole.Until, false);
    }

    [Theory]
    [InlineData("He served in the navy from 1998 to 2004.", "1998", "2004")]
    [InlineData("Between 2020 and 2022 the army doubled in size.", "2020", "2022")]
    public void Year_ranges_give_a_start_and_an_end(string sentence, string from, string to)
    {
        var found = DateKit.Scan(sentence, DateKit.Published);
        Assert.Equal(2, found.Count);
        DateKit.Is(sentence, found[0], from, from, DateRole.Since, false);
        DateKit.Is(sentence, found[1], to, to, DateRole.Until, false);
    }

    [Fact]
    public void Without_a_publication_date_only_absolute_dates_are_read()
    {
        const string s = "The talks, held yesterday and on Nov. 10, 2024, failed.";
        var found = DateKit.Scan(s, null);
        var d = Assert.Single(found);
        Assert.Equal("Nov. 10, 2024", d.Text(s));
    }
}
