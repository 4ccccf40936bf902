using System.Globalization;
using Sitrep.Ingest.Metadata;

namespace Sitrep.Ingest.Tests;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("25/12/2024", "2024-12-25T00:00:00+00:00")] // cannot be month first, so day first
    [InlineData("10.11.2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("2024/11/10", "2024-11-10T00:00:00+00:00")]
    [InlineData("Last updated Nov 10, 2024, 14:20 UTC+03:00", "2024-11-10T14:20:00+03:00")]
    [InlineData("10 Nov 2024 09:30 CET", "2024-11-10T09:30:00+01:00")]
    [InlineData("November 10, 2024 12:05 a.m.", "2024-11-10T00:05:00+00:00")]
    [InlineData("2024-11-10T14:20:00.123Z", "2024-11-10T14:20:00+00:00")]
    [InlineData("Sun, 10 Nov 2024 14:20:00 +0000", "2024-11-10T14:20:00+00:00")]
    public void Date_lines_parse(string line, string expected)
    {
        Assert.True(DateText.TryParseDateLine(line, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("13/25/2024")]
    [InlineData("Nov. 10, 2024, drones struck the city")]
    [InlineData("November 2024")]
    [InlineData("Kyiv, 10 November 2024")]
    [InlineData("10 Novembers 2024x")]
    [InlineData("14:20")]
    [InlineData("Updated:")]
    public void Other_lines_are_not_date_lines(string line)
    {
        Assert.False(DateText.TryParseDateLine(line, out _));
    }

    [Fact]
    public void Metadata_values_also_accept_rfc1123_and_iso()
    {
        Assert.Equal(new DateTimeOffset(2024, 11, 10, 14, 20, 0, TimeSpan.Zero), DateText.ParseValue("Sun, 10 Nov 2024 14:20:00 GMT"));
        Assert.Equal(new DateTimeOffset(2024, 11, 10, 14, 20, 0, TimeSpan.FromHours(-5)), DateText.ParseValue("2024-11-10T14:20:00-05:00"));
        Assert.Null(DateText.ParseValue("soon"));
        Assert.Null(DateText.ParseValue(null));
    }
}
