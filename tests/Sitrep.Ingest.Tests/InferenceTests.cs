namespace Sitrep.Ingest.Tests;

/// <summary>Metadata guessed from the top of plain-text articles that have no front matter.</summary>
public sealed class InferenceTests : IDisposable
{
    private const string Lead =
        "KYIV (Baltic Wire) — Russia launched 96 drones and two ballistic missiles at Ukraine overnight, the air force said on Sunday.";

    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Headline_byline_date_and_dateline_are_read_and_kept_in_text()
    {
        var doc = TestInput.Document(TestInput.Fixture("kherson-shelling.txt"));

        Assert.Equal("Shelling kills three in Kherson as evacuation buses come under fire", doc.Title);
        Assert.Equal("Olena Hrytsenko", doc.Author);
        Assert.Equal("Baltic Wire", doc.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 11, 10, 0, 0, 0, TimeSpan.Zero), doc.Published);
        Assert.Null(doc.Url);
        Assert.StartsWith("Shelling kills three in Kherson as evacuation buses come under fire\n\nBy OLENA HRYTSENKO, Baltic Wire\nNov. 10, 2024\n\nKHERSON (Baltic Wire) — ", doc.Text);
    }

    [Theory]
    [InlineData("11/10/2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("Nov. 10, 2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("November 10, 2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("10 November 2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("2024-11-10", "2024-11-10T00:00:00+00:00")]
    [InlineData("Updated: 11/10/2024 14:20", "2024-11-10T14:20:00+00:00")]
    [InlineData("Published 10 Nov 2024 09:30 GMT", "2024-11-10T09:30:00+00:00")]
    [InlineData("Sunday, November 10, 2024", "2024-11-10T00:00:00+00:00")]
    [InlineData("Nov 10, 2024 at 2:20 p.m. EST", "2024-11-10T14:20:00-05:00")]
    [InlineData("Posted: 2024-11-10T08:05:00+02:00", "2024-11-10T08:05:00+02:00")]
    [InlineData("10th Sept 2024", "2024-09-10T00:00:00+00:00")]
    public void Date_line_styles_set_published(string dateLine, string expected)
    {
        var doc = _input.Article($"Russia launches overnight drone barrage at Ukraine\n{dateLine}\n\n{Lead}\n");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), doc.Published);
        Assert.Equal("Russia launches overnight drone barrage at Ukraine", doc.Title);
        Assert.Contains(dateLine, doc.Text);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe", "Baltic Wire")]
    [InlineData("By JANE DOE, Kyiv Independent Desk", "Jane Doe", "Kyiv Independent Desk")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe and John Roe", "Baltic Wire")]
    [InlineData("By Olha Kovalenko-Shevchuk, Staff Writer", "Olha Kovalenko-Shevchuk", "Baltic Wire")]
    public void Bylines_give_author_and_outlet(string bylineLine, string author, string outlet)
    {
        // Without an outlet in the byline, the dateline's "(Baltic Wire)" supplies it.
        var doc = _input.Article($"Russia launches overnight drone barrage at Ukraine\n{bylineLine}\n\n{Lead}\n");

        Assert.Equal(author, doc.Author);
        Assert.Equal(outlet, doc.Outlet);
    }

    [Fact]
    public void A_byline_can_carry_the_date()
    {
        var doc = _input.Article($"Russia launches overnight drone barrage at Ukraine\nBy Marta Kowalczyk | Nov. 10, 2024\n\n{Lead}\n");

        Assert.Equal("Marta Kowalczyk", doc.Author);
        Assert.Equal(new DateTimeOffset(2024, 11, 10, 0, 0, 0, TimeSpan.Zero), doc.Published);
    }

    [Fact]
    public void Sentences_that_merely_start_like_bylines_or_dates_are_not_metadata()
    {
        var doc = _input.Article("""
            By the time rescuers reached the village, the fires had spread to a school.
            November 10, 2024 was the coldest night of the autumn so far, forecasters said.
            Officials gave no casualty figures.
            """);

        Assert.Null(doc.Title);
        Assert.Null(doc.Author);
        Assert.Null(doc.Published);
        Assert.Null(doc.Outlet);
        Assert.StartsWith("By the time rescuers", doc.Text);
    }

    [Fact]
    public void A_first_line_ending_in_a_period_is_not_a_headline()
    {
        var doc = _input.Article("Israeli troops raided the Jenin refugee camp on Wednesday.\n\nThe Palestinian health ministry said two people were killed.");

        Assert.Null(doc.Title);
    }

    [Fact]
    public void A_very_long_first_line_is_not_a_headline()
    {
        var longLine = string.Join(" and ", Enumerable.Repeat("Houthi forces fired missiles at shipping in the Red Sea", 5));
        var doc = _input.Article(longLine + "\n\nThe US military said it intercepted most of them.");

        Assert.True(longLine.Length >= 200);
        Assert.Null(doc.Title);
    }

    [Fact]
    public void Dateline_outlet_is_read_from_the_first_paragraph()
    {
        var doc = _input.Article("Fighting flares in eastern Congo\n\nGOMA, Congo (Great Lakes Wire) - M23 rebels shelled positions held by the Congolese army north of Goma on Friday, residents said.");

        Assert.Equal("Great Lakes Wire", doc.Outlet);
        Assert.Equal("Fighting flares in eastern Congo", doc.Title);
    }
}
