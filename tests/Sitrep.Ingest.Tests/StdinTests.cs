using Sitrep.Domain;

namespace Sitrep.Ingest.Tests;

public sealed class StdinTests
{
    private static List<IngestItem> ReadStdin(string input) => new Ingestor().Read(["-"], new StringReader(input)).ToList();

    [Fact]
    public void Plain_text_with_front_matter_from_stdin()
    {
        var doc = Assert.IsType<IngestedDocument>(Assert.Single(ReadStdin("""
            ---
            title: Venezuela closes border crossings with Colombia
            outlet: Andes Monitor
            ---
            Venezuela closed all border crossings with Colombia ahead of Sunday's vote, officials said.
            """))).Document;

        Assert.Equal("-", doc.Path);
        Assert.Equal(DocumentFormat.Stdin, doc.Format);
        Assert.Equal("Andes Monitor", doc.Outlet);
        Assert.StartsWith("Venezuela closes border crossings with Colombia\n\nVenezuela closed", doc.Text);
    }

    [Fact]
    public void Html_from_stdin_is_parsed_as_html()
    {
        var doc = Assert.IsType<IngestedDocument>(Assert.Single(ReadStdin(
            "<html><head><meta property=\"og:site_name\" content=\"Horn Wire\"></head><body><article><p>Ethiopian federal troops clashed with Fano militia fighters near Gondar on Wednesday, residents said.</p></article></body></html>"))).Document;

        Assert.Equal("Horn Wire", doc.Outlet);
        Assert.Equal("Ethiopian federal troops clashed with Fano militia fighters near Gondar on Wednesday, residents said.", doc.Text);
    }

    [Fact]
    public void Json_lines_from_stdin_keep_line_numbers()
    {
        var items = ReadStdin("{\"text\": \"Clashes erupted in Tripoli overnight.\"}\nnot json\n{\"text\": \"Libya's eastern parliament met in Benghazi.\"}\n");

        Assert.Equal(3, items.Count);
        Assert.Equal("-#L1", Assert.IsType<IngestedDocument>(items[0]).Document.Path);
        var failure = Assert.IsType<IngestFailed>(items[1]).Failure;
        Assert.Equal("-", failure.Path);
        Assert.Equal(2, failure.Line);
        Assert.Equal("-#L3", Assert.IsType<IngestedDocument>(items[2]).Document.Path);
    }

    [Fact]
    public void A_pretty_printed_json_object_from_stdin_is_one_document()
    {
        var doc = Assert.IsType<IngestedDocument>(Assert.Single(ReadStdin("{\n  \"title\": \"Pakistan army says 6 killed in Waziristan\",\n  \"text\": \"Six soldiers were killed in a militant attack in North Waziristan, the army said.\"\n}\n"))).Document;

        Assert.Equal("-", doc.Path);
        Assert.Equal("Pakistan army says 6 killed in Waziristan", doc.Title);
    }

    [Fact]
    public void Empty_stdin_is_a_failure()
    {
        var failure = Assert.IsType<IngestFailed>(Assert.Single(ReadStdin("  \n"))).Failure;

        Assert.Equal("-", failure.Path);
    }
}
