using Sitrep.Domain;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Tests;

public sealed class GuardedTests
{
    [Fact]
    public void A_reader_that_throws_midway_becomes_a_failure_after_the_items_it_gave()
    {
        var document = new IngestedDocument(new Document { Id = "0123456789abcdef", Path = "feed.xml#0", Text = "Shelling in Zaporizhzhia." });

        var items = Guarded.Items(() => Throwing(document), "feed.xml").ToList();

        Assert.Equal(2, items.Count);
        Assert.Same(document, items[0]);
        var failure = Assert.IsType<IngestFailed>(items[1]).Failure;
        Assert.Equal("feed.xml", failure.Path);
        Assert.Contains("parser gave up", failure.Reason);
    }

    [Fact]
    public void A_reader_that_throws_immediately_becomes_a_failure()
    {
        var items = Guarded.Items(() => throw new FormatException("bad header"), "page.html").ToList();

        Assert.Contains("bad header", Assert.IsType<IngestFailed>(Assert.Single(items)).Failure.Reason);
    }

    private static IEnumerable<IngestItem> Throwing(IngestItem first)
    {
        yield return first;
        throw new InvalidOperationException("parser gave up");
    }
}
