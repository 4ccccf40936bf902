namespace Sitrep.Text.Tests.Dates;

/// <summary>All relative to publication on Tuesday 5 November 2024.</summary>
public class RelativeDateTests
{
    [Theory]
    [InlineData("The governor said today that power was restored.", "today", "2024-11-05", DateRole.On)]
    [InlineData("Russian drones struck Odesa yesterday.", "yesterday", "2024-11-04", DateRole.On)]
    [InlineData("Russian drones struck Odesa on Tuesday.", "Tuesday", "2024-11-05", DateRole.On)]
    [InlineData("Russian drones struck Odesa on Sunday night.", "Sunday", "2024-11-03", DateRole.On)]
    [InlineData("Russian drones struck Odesa Saturday, officials said.", "Saturday", "2024-11-02", DateRole.On)]
    [InlineData("Russian drones struck Odesa on Wednesday.", "Wednesday", "2024-10-30", DateRole.On)]
    [InlineData("Russian drones struck Odesa last Tuesday.", "last Tuesday", "2024-10-29", DateRole.On)]
    [InlineData("Talks resume next Monday in Geneva.", "next Monday", "2024-11-11", DateRole.On)]
    [InlineData("Troops arrived last night near Kursk.", "last night", "2024-11-04", DateRole.On)]
    [InlineData("The strike happened two days ago in Sumy.", "two days ago", "2024-11-03", DateRole.On)]
    [InlineData("The strike happened 10 days ago in Sumy.", "10 days ago", "2024-10-26", DateRole.On)]
    public void Resolves_days_against_publication(string sentence, string span, string date, DateRole role)
    {
        var d = DateKit.Single(sentence);
        DateKit.Is(sentence, d, span, date, role, relative: true);
    }

    [Theory]
    [InlineData("The drills took place last week near the border.", "last week", "2024-10-29")]
    [InlineData("More shells arrived this week, officials said.", "this week", "2024-11-05")]
    [InlineData("The soldiers deserted three weeks ago.", "three weeks ago", "2024-10-15")]
    public void Weeks_are_days_marked_around(string sentence, string span, string date)
    {
        var d = DateKit.Single(sentence);
        DateKit.Is(sentence, d, span, date, DateRole.Around, relative: true);
    }

    [Theory]
    [InlineData("Exports fell last month, the ministry said.", "last month", "2024-10", DateRole.On)]
    [InlineData("Exports fell this month, the ministry said.", "this month", "2024-11", DateRole.On)]
    [InlineData("The army was reorganised earlier this month.", "earlier this month", "2024-11", DateRole.On)]
    [InlineData("Casualties doubled last year, the UN said.", "last year", "2023", DateRole.On)]
    [InlineData("Casualties doubled this year, the UN said.", "this year", "2024", DateRole.On)]
    [InlineData("The first unit arrived in June.", "June", "2024-06", DateRole.On)]
    [InlineData("The first unit rotated out in December.", "December", "2023-12", DateRole.On)]
    [InlineData("Fighting escalated in early November.", "early November", "2024-11", DateRole.Around)]
    [InlineData("Fighting escalated in mid-October.", "mid-October", "2024-10", DateRole.Around)]
    [InlineData("Fighting escalated in late September.", "late September", "2024-09", DateRole.Around)]
    [InlineData("The deal collapsed a year ago.", "a year ago", "2023-11", DateRole.Around)]
    [InlineData("The rebels have held the town since March.", "March", "2024-03", DateRole.Since)]
    [InlineData("The mission is extended until May.", "May", "2024-05", DateRole.Until)]
    public void Resolves_months_and_years_against_publication(string sentence, string span, string date, DateRole role)
    {
        var d = DateKit.Single(sentence);
        DateKit.Is(sentence, d, span, date, role, relative: true);
    }

    [Theory]
    [InlineData("The summit opened on Nov 4 in Astana.", "Nov 4", "2024-11-04")]
    [InlineData("The summit opens on Nov. 6 in Astana.", "Nov. 6", "2024-11-06")]
    [InlineData("The summit opened on Nov 10 in Astana.", "Nov 10", "2023-11-10")]
    [InlineData("The summit opened on 30 December in Astana.", "30 December", "2023-12-30")]
    public void A_day_without_a_year_is_the_latest_not_after_publication_plus_one_day(string sentence, string span, string date)
    {
        var d = DateKit.Single(sentence);
        DateKit.Is(sentence, d, span, date, DateRole.On, relative: true);
    }

    [Fact]
    public void The_end_of_a_month_is_around_it()
    {
        const string s = "At the end of October, more than 500 people had died.";
        DateKit.Is(s, DateKit.Single(s), "end of October", "2024-10", DateRole.Around, true);
    }

    [Fact]
    public void Day_ranges_between_two_dates_give_a_start_and_an_end()
    {
        const string s = "The troops arrived between Oct. 28 and Nov. 1, the Pentagon said.";
        var found = DateKit.Scan(s, DateKit.Published);
        Assert.Equal(2, found.Count);
        DateKit.Is(s, found[0], "Oct. 28", "2024-10-28", DateRole.Since, true);
        DateKit.Is(s, found[1], "Nov. 1", "2024-11-01", DateRole.Until, true);
    }

    [Fact]
    public void Since_early_a_month_stays_a_start()
    {
        const string s = "Kyiv has been shelled daily since early October.";
        DateKit.Is(s, DateKit.Single(s), "early October", "2024-10", DateRole.Since, true);
    }

    [Fact]
    public void A_publication_date_at_the_end_of_the_calendar_is_treated_as_unknown() =>
        Assert.Empty(DateKit.Scan("The plant was shelled 500 months ago and again yesterday.", new DateOnly(1, 1, 1)));

    [Fact]
    public void Relative_dates_need_a_publication_date() =>
        Assert.Empty(DateKit.Scan("Russian drones struck Odesa yesterday and on Tuesday.", null));

    [Fact]
    public void Leap_day_without_a_year_looks_back_to_a_leap_year()
    {
        const string s = "The exchange took place on Feb. 29 near Sumy.";
        var d = DateKit.Single(s, new DateOnly(2023, 6, 1));
        Assert.Equal(new Sitrep.Domain.PartialDate(2020, 2, 29), d.Date);
    }
}
