namespace Sitrep.Text.Tests.Dates;

/// <summary>"May" and "March" are also a modal verb and a noun or verb; abbreviations and names need context too.</summary>
public class MonthTrapTests
{
    [Theory]
    [InlineData("Pyongyang may send more troops, Seoul warned.")]
    [InlineData("May God protect our soldiers, the chaplain said.")]
    [InlineData("Thousands joined the march on the capital.")]
    [InlineData("Protesters will march to parliament, organisers said.")]
    [InlineData("March organisers said the route was approved.")]
    [InlineData("June Carter led the delegation to Geneva.")]
    [InlineData("Analysts say Jan could not be reached for comment.")]
    public void Modal_may_and_noun_march_are_not_months(string sentence) =>
        Assert.True(DateKit.Scan(sentence, DateKit.Published).Count == 0,
            DateKit.Describe(sentence, DateKit.Scan(sentence, DateKit.Published)));

    [Theory]
    [InlineData("The offensive began on May 10 near Kharkiv.", "May 10", "2024-05-10")]
    [InlineData("The offensive began on 10 May near Kharkiv.", "10 May", "2024-05-10")]
    [InlineData("The offensive began on March 3, 2022, near Kherson.", "March 3, 2022", "2022-03-03")]
    public void May_and_march_with_a_day_are_dates(string sentence, string span, string date)
    {
        var d = DateKit.Single(sentence);
        Assert.Equal(span, d.Text(sentence));
        Assert.Equal(Sitrep.Domain.PartialDate.Parse(date), d.Date);
    }

    [Theory]
    [InlineData("Elections are due in May 2025.", "May 2025", "2025-05", false)]
    [InlineData("The offensive stalled in late May.", "late May", "2024-05", true)]
    [InlineData("The talks collapsed in March.", "March", "2024-03", true)]
    public void May_and_march_with_a_year_or_a_preposition_are_months(string sentence, string span, string date, bool relative)
    {
        var d = DateKit.Single(sentence);
        Assert.Equal(span, d.Text(sentence));
        Assert.Equal(Sitrep.Domain.PartialDate.Parse(date), d.Date);
        Assert.Equal(relative, d.Relative);
    }

    [Fact]
    public void A_sentence_with_the_modal_and_a_real_month_yields_only_the_month()
    {
        const string s = "Pyongyang may send more troops by March, officials said.";
        var d = DateKit.Single(s);
        Assert.Equal("March", d.Text(s));
        Assert.Equal(DateRole.Until, d.Role);
    }
}
