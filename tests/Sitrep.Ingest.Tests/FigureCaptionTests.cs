using AngleSharp.Html.Parser;
using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest.Tests;

/// <summary>Captions that readability extraction dropped are put back after the paragraph they followed.</summary>
public sealed class FigureCaptionTests
{
    private const string Page = """
        <html><body><article>
        <p>Hamas released three hostages in Deir al-Balah on Saturday, the Red Cross said.</p>
        <figure><img src="a.jpg"><figcaption>Red Cross vehicles in  Deir al-Balah, February 8, 2025.</figcaption></figure>
        <p>Israel freed 183 Palestinian prisoners the same day.</p>
        </article></body></html>
        """;

    [Fact]
    public void Missing_caption_is_inserted_after_its_paragraph()
    {
        var found = FigureCaptions.Collect(new HtmlParser().ParseDocument(Page));
        var extracted = "Hamas released three hostages in Deir al-Balah on Saturday, the Red Cross said.\n\nIsrael freed 183 Palestinian prisoners the same day.";
        var present = new HashSet<string>();

        var restored = FigureCaptions.Restore(extracted, present, found);

        Assert.Equal(
            "Hamas released three hostages in Deir al-Balah on Saturday, the Red Cross said.\n\nRed Cross vehicles in Deir al-Balah, February 8, 2025.\n\nIsrael freed 183 Palestinian prisoners the same day.",
            restored);
        Assert.Contains("Red Cross vehicles in Deir al-Balah, February 8, 2025.", present);
    }

    [Fact]
    public void A_caption_already_extracted_is_not_repeated()
    {
        var found = FigureCaptions.Collect(new HtmlParser().ParseDocument(Page));
        var extracted = "Para.\n\nRed Cross vehicles in Deir al-Balah, February 8, 2025.";

        Assert.Equal(extracted, FigureCaptions.Restore(extracted, new HashSet<string>(), found));
    }
}
