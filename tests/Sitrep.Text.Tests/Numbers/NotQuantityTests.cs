namespace Sitrep.Text.Tests.Numbers;

public class NotQuantityTests
{
    [Theory]
    [InlineData("The border was closed in 2024 after the incident.")]
    [InlineData("The Koreas have been technically at war since 1953.")]
    [InlineData("The 1961 treaty binds China to defend North Korea.")]
    [InlineData("The 2023-24 budget was cut again.")]
    [InlineData("Around 2024 the policy changed.")]
    [InlineData("The ceasefire took effect on Nov. 10 at dawn.")]
    [InlineData("The ceasefire took effect on 10 November.")]
    [InlineData("The ceasefire took effect on November 10th.")]
    [InlineData("The decree was published on 11/10/2024.")]
    [InlineData("The decree was published on 2024-11-05.")]
    [InlineData("The sirens sounded at 14:20 local time.")]
    [InlineData("The sirens sounded at 3:45 p.m. on Sunday.")]
    [InlineData("The convoy left at 9 a.m. under escort.")]
    [InlineData("The victim, aged 34, was a volunteer.")]
    [InlineData("A 34-year-old man was detained.")]
    [InlineData("The soldier was 19 years old.")]
    [InlineData("Fighters aged 19 were sent to the front.")]
    [InlineData("The 11th Corps moved north.")]
    [InlineData("The 124th unit was disbanded.")]
    [InlineData("Pyongyang tested a KN-23 missile.")]
    [InlineData("An Su-34 bomber was shot down near Marinka.")]
    [InlineData("The Netherlands delivered the last F-16 jets.")]
    [InlineData("Poland invoked Article 4 of the NATO treaty.")]
    [InlineData("The IAEA cited Resolution 2231 in its report.")]
    [InlineData("The order was signed as decree No. 5 of the council.")]
    [InlineData("Israel's Unit 8200 is blamed for the hack.")]
    [InlineData("The convoy was hit on Highway 1 south of the city.")]
    [InlineData("Traffic on Route 7 resumed on Monday.")]
    [InlineData("The story ran on page 3 of the daily.")]
    [InlineData("Ukraine received 155mm shells from Seoul.")]
    [InlineData("Ukraine received 155-millimetre shells from Seoul.")]
    [InlineData("The drone flew 30 km into Russian territory.")]
    [InlineData("The troops pulled back 20 miles from the river.")]
    [InlineData("For details call +44 20 7946 0958 at any time.")]
    [InlineData("For details call 555-123-4567 at any time.")]
    [InlineData("For details call (555) 123-4567 at any time.")]
    [InlineData("The strike happened two days ago in Sumy.")]
    [InlineData("In the 1990s the region was calm.")]
    public void Emits_nothing_for_years_dates_times_ages_labels_and_measures(string sentence) =>
        Assert.True(QuantityKit.Scan(sentence).Count == 0, QuantityKit.Describe(sentence, QuantityKit.Scan(sentence)));

    [Fact]
    public void Every_age_in_a_list_of_ages_is_skipped()
    {
        const string s = "At least 19 people, including two children aged 6 and 9, were killed.";
        Assert.Equal(new[] { "At least 19", "two" }, QuantityKit.Scan(s).Select(q => q.Text(s)));
    }

    [Fact]
    public void List_numbering_at_line_start_is_not_a_quantity()
    {
        const string s = "1. Russia moved 400 tanks to the front.";
        var q = QuantityKit.Single(s);
        Assert.Equal("400", q.Text(s));
    }

    [Fact]
    public void A_year_shaped_number_before_a_counted_plural_is_a_count()
    {
        const string s = "The regiment lost 1950 soldiers in a week.";
        Assert.Equal(1950, QuantityKit.Single(s).Value);
    }

    [Fact]
    public void A_date_in_a_sentence_leaves_the_count_next_to_it()
    {
        const string s = "On Nov. 10, 2024, about 3,000 troops crossed the border.";
        var q = QuantityKit.Single(s);
        Assert.Equal("about 3,000", q.Text(s));
    }

    [Fact]
    public void A_strength_with_a_hyphen_is_still_a_count()
    {
        const string s = "A 10,000-strong force gathered near Belgorod.";
        Assert.Equal("10,000", QuantityKit.Single(s).Text(s));
    }
}
