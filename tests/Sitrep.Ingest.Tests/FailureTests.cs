using System.Text;

namespace Sitrep.Ingest.Tests;

/// <summary>Bad inputs become one failure each, naming the file; nothing throws and the batch continues.</summary>
public sealed class FailureTests : IDisposable
{
    private const string Article = "Heavy fighting continued around Vuhledar on Monday, Ukraine's general staff said.\n";

    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Binary_file_is_a_failure()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var path = _input.WriteBytes("photo.txt", bytes);

        var failure = TestInput.Failure(path);

        Assert.Equal(path, failure.Path);
        Assert.Contains("binary", failure.Reason);
    }

    [Fact]
    public void Empty_and_whitespace_files_are_failures()
    {
        var empty = _input.Write("empty.txt", "");
        var blank = _input.Write("blank.md", " \n\t\r\n  \n");

        Assert.Equal("empty file", TestInput.Failure(empty).Reason);
        Assert.Contains("whitespace", TestInput.Failure(blank).Reason);
    }

    [Fact]
    public void Invalid_utf8_is_a_failure_with_byte_offset_and_line()
    {
        // Latin-1 "é" (0xE9) in a file that claims nothing, on line 2.
        var bytes = Encoding.UTF8.GetBytes("Protests in Tbilisi\nThousands marched in T").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("bilisi.\n")).ToArray();
        var path = _input.WriteBytes("latin1.txt", bytes);

        var failure = TestInput.Failure(path);

        Assert.Equal(path, failure.Path);
        Assert.Equal(2, failure.Line);
        Assert.Equal("invalid UTF-8 at byte 42", failure.Reason);
    }

    [Fact]
    public void Utf8_bom_is_accepted_and_utf16_with_bom_is_decoded()
    {
        var withBom = _input.WriteBytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)]);
        var utf16 = _input.WriteBytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]);

        var a = TestInput.Document(withBom);
        var b = TestInput.Document(utf16);

        Assert.Equal(Article.TrimEnd(), a.Text);
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(a.Id, b.Id);
    }

    [Fact]
    public void Unsupported_extension_named_explicitly_is_a_failure()
    {
        var path = _input.Write("report.pdf", "%PDF-1.7 pretend");

        var failure = TestInput.Failure(path);

        Assert.Equal(path, failure.Path);
        Assert.Equal("unsupported file type '.pdf'", failure.Reason);
    }

    [Fact]
    public void Missing_path_is_a_failure_and_the_batch_continues()
    {
        var good = _input.Write("good.txt", Article);
        var missing = Path.Combine(_input.Root, "nowhere", "gone.txt");

        var items = new Ingestor().Read([missing, good]).ToList();

        Assert.Equal(2, items.Count);
        var failure = Assert.IsType<IngestFailed>(items[0]).Failure;
        Assert.Equal(missing, failure.Path);
        Assert.Equal("no such file or directory", failure.Reason);
        Assert.IsType<IngestedDocument>(items[1]);
    }

    [Fact]
    public void Every_failure_prints_as_one_line()
    {
        var paths = new[]
        {
            _input.WriteBytes("a.txt", [0x00, 0x01]),
            _input.Write("b.txt", ""),
            _input.WriteBytes("c.txt", [0x41, 0xC3, 0x28]),
            _input.Write("d.md", "---\ntitle: [unclosed\n---\nBody.\n"),
            _input.Write("e.jsonl", "{\"text\": 1}\n"),
            _input.Write("f.xml", "<html><body>not a feed</body></html>"),
        };

        var failures = new Ingestor().Read(paths).Cast<IngestFailed>().Select(f => f.Failure.ToString()).ToList();

        Assert.Equal(paths.Length, failures.Count);
        Assert.All(failures, line => Assert.DoesNotContain('\n', line));
        Assert.All(failures.Zip(paths), pair => Assert.StartsWith(pair.Second, pair.First));
    }

    [Fact]
    public void Reading_is_lazy()
    {
        var first = _input.Write("1.txt", Article);
        var later = Path.Combine(_input.Root, "2.txt");

        using var items = new Ingestor().Read([first, later]).GetEnumerator();
        Assert.True(items.MoveNext());
        // The second file is created only after the first item was taken: it must still be found.
        File.WriteAllText(later, "Ukrainian forces withdrew from two villages near Kurakhove, the military said.\n");
        Assert.True(items.MoveNext());
        Assert.IsType<IngestedDocument>(items.Current);
    }
}
