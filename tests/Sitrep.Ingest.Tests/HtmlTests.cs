using Sitrep.Domain;

namespace Sitrep.Ingest.Tests;

public sealed class HtmlTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Page_furniture_is_removed_and_story_paragraphs_kept()
    {
        var doc = TestInput.Document(TestInput.Fixture("drone-strike-kharkiv.html"));

        foreach (var furniture in new[] { "Subscribe", "Share on", "Related", "cookie", "Stay strong Kharkiv", "air defences never",
                     "Morning Briefing", "All rights reserved", "Privacy policy", "Opinion", "grain terminal", "Email this story" })
            Assert.DoesNotContain(furniture, doc.Text, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(
            """
            Drones hit power plant near Kharkiv, cutting heat to 40,000 homes

            KHARKIV (Baltic Wire) — Russian drones struck a thermal power plant on the outskirts of Kharkiv early on Sunday, leaving about 40,000 households without heating as overnight temperatures fell below freezing, regional governor Oleh Syniehubov said.

            Ukraine's air force said it had shot down 31 of the 45 Shahed-type drones launched overnight, most of them over the Kharkiv and Sumy regions. Officials did not say how many reached their targets.

            Firefighters work at the damaged power plant outside Kharkiv on November 10, 2024. Photo: Baltic Wire

            "Repair crews are already on site, but restoring heat will take at least three days," Syniehubov wrote on Telegram, adding that two workers were injured in the attack.

            The strike was the third on the city's energy infrastructure this month. Ukrainian officials have accused Moscow of trying to cripple the power grid before winter, a charge the Kremlin denies.

            Russia's defence ministry said its forces had hit "energy facilities supporting the Ukrainian military-industrial complex" but gave no details. The claim could not be independently verified.
            """,
            doc.Text);
    }

    [Fact]
    public void Figcaption_is_its_own_paragraph_and_recorded_as_caption()
    {
        var doc = TestInput.Document(TestInput.Fixture("drone-strike-kharkiv.html"));

        var caption = Assert.Single(doc.Captions);
        Assert.Equal("Firefighters work at the damaged power plant outside Kharkiv on November 10, 2024. Photo: Baltic Wire", caption.Slice(doc.Text));
        Assert.Equal("\n\n", doc.Text[(caption.Start - 2)..caption.Start]);
        Assert.Equal("\n\n", doc.Text[caption.End..(caption.End + 2)]);
    }

    [Fact]
    public void Metadata_comes_from_meta_tags()
    {
        var doc = TestInput.Document(TestInput.Fixture("drone-strike-kharkiv.html"));

        Assert.Equal("Drones hit power plant near Kharkiv, cutting heat to 40,000 homes", doc.Title);
        Assert.Equal("Baltic Wire", doc.Outlet);
        Assert.Equal("Marta Kowalczyk", doc.Author);
        Assert.Equal("https://balticwire.example/world/2024/11/10/kharkiv-power-plant-drones", doc.Url);
        Assert.Equal(new DateTimeOffset(2024, 11, 10, 8, 45, 0, TimeSpan.FromHours(2)), doc.Published);
        Assert.Equal(DocumentFormat.Html, doc.Format);
    }

    [Fact]
    public void Json_ld_metadata_beats_meta_tags()
    {
        var doc = TestInput.Document(TestInput.Fixture("mopti-ambush.html"));

        // og:title carries the site suffix and meta author is a desk name; JSON-LD has the real values.
        Assert.Equal("Ambush near Mopti kills 12 soldiers, army says", doc.Title);
        Assert.Equal("Aminata Coulibaly, Jean-Paul Ouédraogo", doc.Author);
        Assert.Equal("Sahel Dispatch", doc.Outlet);
        Assert.Equal("https://saheldispatch.example/mali/2024/03/14/mopti-ambush", doc.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 17, 5, 0, TimeSpan.Zero), doc.Published);
    }

    [Fact]
    public void Json_ld_page_keeps_lists_and_lead_caption_and_drops_comments()
    {
        var doc = TestInput.Document(TestInput.Fixture("mopti-ambush.html"));

        Assert.Contains("the convoy was carrying:\n\n- fuel for the Sévaré air base,\n- food supplies for two forward posts,\n- ammunition for the Boni garrison.\n\nCentral Mali", doc.Text);
        Assert.Contains("The transitional government has not commented on the latest losses.", doc.Text);
        var caption = Assert.Single(doc.Captions);
        Assert.Equal("Soldiers patrol the road between Mopti and Djenné, central Mali, in January 2024. (Photo: Sahel Dispatch)", caption.Slice(doc.Text));
        foreach (var furniture in new[] { "rest in peace", "never reliable", "Reader comments", "Subscribe", "cookies", "Share on", "Timbuktu", "Read more", "desk@" })
            Assert.DoesNotContain(furniture, doc.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_comment_thread_longer_than_the_story_is_still_removed()
    {
        var comment = "<div class=\"commentBody\"><p>I have followed this conflict for years and I think the reporting here leaves out the history of the region, the role of outside powers and the economic pressures on both governments.</p></div>";
        var path = _input.Write("long-comments.html", $$"""
            <html><head><meta property="og:title" content="Armenia and Azerbaijan exchange fire on border"></head><body>
            <article>
              <h1>Armenia and Azerbaijan exchange fire on border</h1>
              <p>Armenian and Azerbaijani troops exchanged fire along their shared border overnight, both defence ministries said on Tuesday, each blaming the other for starting the shooting.</p>
              <p>Armenia said one of its soldiers was wounded. Azerbaijan reported no casualties.</p>
              <div class="relatedArticles"><p>Peace treaty talks stall over constitution demand</p></div>
              <div id="userComments">{{string.Concat(Enumerable.Repeat(comment, 8))}}</div>
            </article></body></html>
            """);

        var doc = TestInput.Document(path);

        Assert.Equal(
            "Armenia and Azerbaijan exchange fire on border\n\nArmenian and Azerbaijani troops exchanged fire along their shared border overnight, both defence ministries said on Tuesday, each blaming the other for starting the shooting.\n\nArmenia said one of its soldiers was wounded. Azerbaijan reported no casualties.",
            doc.Text);
    }

    [Fact]
    public void A_short_page_without_metadata_still_yields_its_text()
    {
        var path = _input.Write("brief.htm", """
            <html><body>
            <p>Armenia and Azerbaijan agreed on Friday to resume border demarcation talks, Armenia's deputy prime minister said.</p>
            <p>No date was set for the next round.</p>
            </body></html>
            """);

        var doc = TestInput.Document(path);

        Assert.Contains("Armenia and Azerbaijan agreed on Friday to resume border demarcation talks", doc.Text);
        Assert.Contains("No date was set for the next round.", doc.Text);
        Assert.Null(doc.Url);
    }

    [Fact]
    public void A_page_with_no_text_is_a_failure()
    {
        var path = _input.Write("empty-page.html", "<html><head><title></title></head><body><nav><a href='/'>Home</a></nav></body></html>");

        var failure = TestInput.Failure(path);

        Assert.Equal(path, failure.Path);
    }
}
