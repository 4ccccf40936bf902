using Sitrep.Domain;

namespace Sitrep.Ingest.Tests;

public sealed class FeedTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Rss_items_become_documents_with_the_feed_title_as_outlet()
    {
        var path = TestInput.Fixture("sahel-monitor.rss");

        var items = TestInput.Read(path);

        Assert.Equal(3, items.Count);
        var first = Assert.IsType<IngestedDocument>(items[0]).Document;
        Assert.Equal($"{path}#0", first.Path);
        Assert.Equal(DocumentFormat.Feed, first.Format);
        Assert.Equal("Niger junta orders French ambassador to leave within 48 hours", first.Title);
        Assert.Equal("Sahel Monitor", first.Outlet);
        Assert.Equal("Moussa Issoufou", first.Author);
        Assert.Equal("https://sahelmonitor.example/2023/08/25/niger-ambassador", first.Url);
        Assert.Equal(new DateTimeOffset(2023, 8, 25, 19, 30, 0, TimeSpan.FromHours(1)), first.Published);
        // content:encoded wins over the one-line description.
        Assert.DoesNotContain("two days to leave", first.Text);
        Assert.Contains("\n\nThe ministry said the envoy had refused an invitation", first.Text);
        Assert.Equal("Protesters gather outside the French embassy in Niamey, July 30, 2023. Photo: Sahel Monitor", Assert.Single(first.Captions).Slice(first.Text));

        var second = Assert.IsType<IngestedDocument>(items[1]).Document;
        Assert.Equal("Awa Traoré", second.Author);
        Assert.Equal("Burkina Faso suspends two foreign broadcasters\n\nBurkina Faso's transitional government suspended the broadcasts of two foreign radio stations on Thursday, accusing them of spreading false information about the army.", second.Text);

        var failure = Assert.IsType<IngestFailed>(items[2]).Failure;
        Assert.Equal(path, failure.Path);
        Assert.Contains("item 2 has no text", failure.Reason);
    }

    [Fact]
    public void Atom_entries_use_the_summary_when_there_is_no_content()
    {
        var doc = TestInput.Document(TestInput.Fixture("baltic-wire.atom"));

        Assert.Equal("Poland to build new air defence base near Lithuanian border\n\nWarsaw says the base will host Patriot batteries.", doc.Text);
        Assert.Equal("Baltic Wire — Europe", doc.Outlet);
        Assert.Equal("Piotr Nowak", doc.Author);
        Assert.Equal(new DateTimeOffset(2024, 11, 9, 15, 20, 0, TimeSpan.FromHours(1)), doc.Published);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_a_failure()
    {
        var path = _input.Write("settings.xml", "<?xml version=\"1.0\"?>\n<configuration><appSettings><add key=\"region\" value=\"sahel\"/></appSettings></configuration>\n");

        var failure = TestInput.Failure(path);

        Assert.Equal(path, failure.Path);
        Assert.Contains("not an RSS or Atom feed", failure.Reason);
    }

    [Fact]
    public void Malformed_feed_xml_is_a_failure_with_line()
    {
        var path = _input.Write("cut.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Cut</title>\n<item><title>Half an item</title>\n");

        var failure = TestInput.Failure(path);

        Assert.Contains("invalid XML", failure.Reason);
        Assert.NotNull(failure.Line);
    }
}
