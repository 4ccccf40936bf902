using Sitrep.Ingest.Readers;

namespace Sitrep.Ingest.Tests;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("## Fighting near *Toretsk*", "Fighting near Toretsk")]
    [InlineData("The **UN** said [12 aid workers](https://example.org/un \"UN\") were killed.", "The UN said 12 aid workers were killed.")]
    [InlineData("See ![map of the front](/img/map.png) below.", "See  below.")]
    [InlineData("Casualty figures from the __health_ministry__ file", "Casualty figures from the health_ministry file")]
    [InlineData("A 5 * 3 km area and f**k off, said the ~~general~~ colonel.", "A 5 * 3 km area and f**k off, said the general colonel.")]
    [InlineData("> \"We will respond,\" the minister said.", "\"We will respond,\" the minister said.")]
    [InlineData("The `S-300` battery, per [ISW][isw].", "The S-300 battery, per ISW.")]
    [InlineData("Escaped \\*asterisks\\* stay", "Escaped *asterisks* stay")]
    [InlineData("Source: <https://example.org/report>", "Source: https://example.org/report")]
    public void Inline_markup_is_stripped_words_kept(string markdown, string expected)
    {
        Assert.Equal(expected + "\n", MarkdownText.Strip(markdown));
    }

    [Fact]
    public void Block_structure_is_kept_and_markup_lines_dropped()
    {
        var markdown = "Setext title\n============\n\n* one\n+ two\n- three\n\n```\ncode stays\n```\n\n***\n[isw]: https://understandingwar.org\nEnd.";

        Assert.Equal("Setext title\n\n\n* one\n- two\n- three\n\ncode stays\n\n\n\nEnd.\n", MarkdownText.Strip(markdown));
    }
}
