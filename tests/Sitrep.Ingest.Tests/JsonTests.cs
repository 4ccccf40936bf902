using Sitrep.Domain;

namespace Sitrep.Ingest.Tests;

public sealed class JsonTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Jsonl_with_a_broken_middle_line_gives_two_documents_and_a_failure_on_line_two()
    {
        var path = TestInput.Fixture("wire-batch.jsonl");

        var items = TestInput.Read(path);

        Assert.Equal(3, items.Count);
        var first = Assert.IsType<IngestedDocument>(items[0]).Document;
        var failure = Assert.IsType<IngestFailed>(items[1]).Failure;
        var third = Assert.IsType<IngestedDocument>(items[2]).Document;

        Assert.Equal(path, failure.Path);
        Assert.Equal(2, failure.Line);
        Assert.StartsWith($"{path}:2: invalid JSON", failure.ToString());

        Assert.Equal($"{path}#L1", first.Path);
        Assert.Equal(DocumentFormat.JsonLines, first.Format);
        Assert.Equal("Israeli strikes hit southern Beirut suburbs overnight", first.Title);
        Assert.Equal("levantpost.example", first.Outlet);
        Assert.Equal("Rania Haddad", first.Author);
        Assert.Equal("https://levantpost.example/2024/10/21/beirut-strikes", first.Url);
        Assert.Equal(new DateTimeOffset(2024, 10, 21, 6, 15, 0, TimeSpan.Zero), first.Published);
        Assert.StartsWith("Israeli strikes hit southern Beirut suburbs overnight\n\nIsraeli warplanes carried out at least six strikes", first.Text);

        Assert.Equal($"{path}#L3", third.Path);
        Assert.Equal("Nile Chronicle", third.Outlet);
        Assert.Equal("Omar Abdelrahman", third.Author);
        Assert.Equal(new DateTimeOffset(2024, 10, 26, 11, 0, 0, TimeSpan.Zero), third.Published);
    }

    [Fact]
    public void An_object_without_text_is_a_failure_naming_its_line()
    {
        var path = _input.Write("batch.jsonl", """
            {"title": "Yemen's Houthis claim attack on tanker", "text": "The Houthis said on Tuesday they had attacked a tanker in the Red Sea."}

            {"title": "Headline only, the scraper lost the body", "url": "https://example.org/a"}
            """);

        var items = TestInput.Read(path);

        Assert.Equal(2, items.Count);
        Assert.IsType<IngestedDocument>(items[0]);
        var failure = Assert.IsType<IngestFailed>(items[1]).Failure;
        Assert.Equal(3, failure.Line);
        Assert.Contains("no article text", failure.Reason);
    }

    [Fact]
    public void A_json_array_gives_one_document_per_element_with_index_paths()
    {
        var path = _input.Write("export.json", """
            [
              {
                "title": "Kosovo police close Serb-run offices",
                "content": "<p>Kosovo police closed five offices run by Serbia in the north on Thursday.</p><p>Belgrade condemned the move.</p>",
                "pubDate": "Thu, 15 Aug 2024 10:00:00 GMT",
                "publisher": "Balkan Insight Desk",
                "author": "Arben Krasniqi"
              },
              {
                "title": "Missing text"
              },
              {
                "body": "Serbia's president said he would raise the closures at the UN Security Council.",
                "date": 1723730400
              }
            ]
            """);

        var items = TestInput.Read(path);

        Assert.Equal(3, items.Count);
        var first = Assert.IsType<IngestedDocument>(items[0]).Document;
        Assert.Equal($"{path}#0", first.Path);
        Assert.Equal(DocumentFormat.Json, first.Format);
        Assert.Equal("Kosovo police close Serb-run offices\n\nKosovo police closed five offices run by Serbia in the north on Thursday.\n\nBelgrade condemned the move.", first.Text);
        Assert.Equal(new DateTimeOffset(2024, 8, 15, 10, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Balkan Insight Desk", first.Outlet);

        var failure = Assert.IsType<IngestFailed>(items[1]).Failure;
        Assert.Equal(9, failure.Line);

        var third = Assert.IsType<IngestedDocument>(items[2]).Document;
        Assert.Equal($"{path}#2", third.Path);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1723730400), third.Published);
        Assert.Null(third.Title);
    }

    [Fact]
    public void A_single_json_object_is_one_document_at_the_file_path()
    {
        var path = _input.Write("one.json", """{"title": "Taiwan reports Chinese warships near coast", "article": "Taiwan's defence ministry said it detected 14 Chinese warships around the island on Monday.", "site_name": "Strait Times Wire", "authors": ["Lin Wei-ting", "Chen Yu"]}""");

        var doc = TestInput.Document(path);

        Assert.Equal(path, doc.Path);
        Assert.Equal("Lin Wei-ting, Chen Yu", doc.Author);
        Assert.Equal("Strait Times Wire", doc.Outlet);
    }

    [Fact]
    public void Malformed_json_file_is_a_failure_with_line()
    {
        var path = _input.Write("broken.json", "[\n  {\"text\": \"Fighting in Sudan's El Fasher intensified.\"},\n  {\"text\": oops}\n]\n");

        var items = TestInput.Read(path);

        Assert.IsType<IngestedDocument>(items[0]);
        var failure = Assert.IsType<IngestFailed>(Assert.Single(items, i => i is IngestFailed)).Failure;
        Assert.Equal(3, failure.Line);
    }
}
