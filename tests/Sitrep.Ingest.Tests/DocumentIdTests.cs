namespace Sitrep.Ingest.Tests;

public sealed class DocumentIdTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Id_is_16_lowercase_hex_of_sha256()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        Assert.Equal("ba7816bf8f01cfea", DocumentIds.For("abc"));
    }

    [Fact]
    public void Same_article_from_txt_and_jsonl_gets_the_same_id()
    {
        var txt = _input.Write("story.txt",
            "Turkey strikes Kurdish militant targets in Iraq and Syria\r\n\r\n\r\nTurkish jets struck 32 targets in northern Iraq and Syria on Thursday,   \r\nthe defence ministry said.\r\n");
        var jsonl = _input.Write("batch.jsonl",
            """{"title": "Turkey strikes Kurdish militant targets in Iraq and Syria", "text": "Turkish jets struck 32 targets in northern Iraq and Syria on Thursday,\nthe defence ministry said."}""" + "\n");

        var fromTxt = TestInput.Document(txt);
        var fromJsonl = TestInput.Document(jsonl);

        Assert.Equal(fromTxt.Text, fromJsonl.Text);
        Assert.Equal(fromTxt.Id, fromJsonl.Id);
        Assert.Equal(DocumentIds.For(fromTxt.Text), fromTxt.Id);
        Assert.NotEqual(fromTxt.Path, fromJsonl.Path);
    }

    [Fact]
    public void Ingesting_twice_gives_the_same_ids()
    {
        var path = TestInput.Fixture("drone-strike-kharkiv.html");

        Assert.Equal(TestInput.Document(path).Id, TestInput.Document(path).Id);
    }

    [Fact]
    public void Different_articles_get_different_ids()
    {
        var a = _input.Article("Shelling hit Nikopol overnight, the regional governor said.");
        var b = _input.Article("Shelling hit Marhanets overnight, the regional governor said.");

        Assert.NotEqual(a.Id, b.Id);
    }
}
