using Sitrep.Domain;

namespace Sitrep.Text.Tests.Dates;

/// <summary>
/// The scanner tries each family of date rules only when the sentence has a word that family needs. These
/// sentences hold one family each, with the needed word far from the start, and one holds none.
/// </summary>
public class DatePrefilterTests
{
    [Theory]
    [InlineData("Rebels shelled the northern suburbs of the city for the second time two days ago.", "two days ago", "2024-11-03")]
    [InlineData("Officials in the capital said the convoy crossed the border in mid-October.", "mid-October", "2024-10")]
    [InlineData("Diplomats from both sides agreed to meet again on Friday.", "Friday", "2024-11-01")]
    [InlineData("The defence minister and his deputy visited the front line this morning.", "this morning", "2024-11-05")]
    [InlineData("The ceasefire that the two sides signed in 1998 has held ever since.", "1998", "1998")]
    public void A_sentence_with_one_kind_of_date_still_yields_it(string sentence, string span, string date)
    {
        var d = DateKit.Single(sentence);

        Assert.Equal(span, d.Text(sentence));
        Assert.Equal(PartialDate.Parse(date), d.Date);
    }

    [Fact]
    public void A_sentence_without_numbers_or_date_words_yields_nothing()
    {
        Assert.Empty(DateKit.Scan("The foreign ministry summoned the ambassador over the shelling of the border town.", DateKit.Published));
    }
}
