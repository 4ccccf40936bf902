namespace Sitrep.Text.Tests.Dates;

public class NumericDateTests
{
    [Theory]
    [InlineData("The order was signed on 11/10/2024 in Washington.", "11/10/2024", "2024-11-10")]
    [InlineData("The order was signed on 25/10/2024 in Brussels.", "25/10/2024", "2024-10-25")]
    [InlineData("The order was signed on 3/4/2024, the filing shows.", "3/4/2024", "2024-03-04")]
    [InlineData("The order was signed on 11/10/24, the filing shows.", "11/10/24", "2024-11-10")]
    [InlineData("The protocol was registered on 05.11.2024 in Vienna.", "05.11.2024", "2024-11-05")]
    [InlineData("The file is stamped 2024/11/05 at the top.", "2024/11/05", "2024-11-05")]
    public void Reads_numeric_dates_us_first_unless_the_first_number_cannot_be_a_month(string sentence, string span, string date)
    {
        var d = DateKit.Single(sentence);
        DateKit.Is(sentence, d, span, date, DateRole.On, relative: false);
    }

    [Theory]
    [InlineData("The order was signed on 13/13/2024, which is no date.")]
    [InlineData("The unit has 24/7 coverage of the border.")]
    [InlineData("Growth was 1.2.3 points, the report said.")]
    public void Rejects_impossible_numeric_dates(string sentence) =>
        Assert.Empty(DateKit.Scan(sentence, DateKit.Published));
}
