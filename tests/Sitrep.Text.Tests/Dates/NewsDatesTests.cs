namespace Sitrep.Text.Tests.Dates;

public class NewsDatesTests
{
    [Theory]
    [InlineData("11/10/2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("25/10/2024", "2024-10-25T00:00:00+00:00")]
    [InlineData("Nov. 10, 2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("10 November 2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("2024-11-10", "2024-11-10T00:00:00+00:00")]
    [InlineData("2024-11-10T09:30:00Z", "2024-11-10T09:30:00+00:00")]
    [InlineData("2024-11-10T09:30:00+02:00", "2024-11-10T09:30:00+02:00")]
    [InlineData("Updated: 11/10/2024 14:20", "2024-11-10T14:20:00+00:00")]
    [InlineData("Published Nov. 10, 2024 at 9:30 a.m. ET", "2024-11-10T09:30:00-05:00")]
    [InlineData("Sun, 10 Nov 2024 09:30:00 GMT", "2024-11-10T09:30:00+00:00")]
    [InlineData("Sun, 10 Nov 2024 09:30:00 +0200", "2024-11-10T09:30:00+02:00")]
    [InlineData("Last updated 2024-11-10T09:30:00Z by the desk", "2024-11-10T09:30:00+00:00")]
    [InlineData("Posted 2:05 PM, November 10, 2024", "2024-11-10T14:05:00+00:00")]
    public void Parses_metadata_and_dateline_dates(string input, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NewsDates.ParseLoose(input));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no date here")]
    [InlineData("November 2024")]
    [InlineData("Updated yesterday")]
    [InlineData("31/02/2024")]
    [InlineData("2024-13-45T99:99:99Z")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    public void Returns_null_when_there_is_no_full_day(string input) =>
        Assert.Null(NewsDates.ParseLoose(input));

    [Fact]
    public void Never_throws_on_garbage()
    {
        var random = new Random(20241105);
        const string alphabet = "0123456789/-:.,+TZ apmNovMay GMT\n\t$%";
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var c = 0; c < chars.Length; c++) chars[c] = alphabet[random.Next(alphabet.Length)];
            _ = NewsDates.ParseLoose(new string(chars));
        }
        Assert.Null(NewsDates.ParseLoose(null));
    }
}
