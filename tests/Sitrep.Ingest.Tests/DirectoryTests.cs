namespace Sitrep.Ingest.Tests;

public sealed class DirectoryTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Directories_are_read_recursively_in_a_stable_sorted_order()
    {
        _input.Write("corpus/b-odesa.txt", "Missiles hit the port of Odesa overnight, killing two dock workers.\n");
        _input.Write("corpus/a-kyiv.md", "Air raid sirens sounded across Kyiv for three hours on Sunday.\n");
        _input.Write("corpus/2024/11/c-kharkiv.txt", "Glide bombs struck a residential block in Kharkiv on Friday.\n");
        _input.Write("corpus/2024/feeds.rss", "<rss version=\"2.0\"><channel><title>T</title><item><title>Sumy</title><description>Shelling hit Sumy.</description></item></channel></rss>");
        _input.Write("corpus/notes.docx", "not an article");
        _input.Write("corpus/.git/HEAD.txt", "ref: refs/heads/main\n");
        _input.Write("corpus/bin/Debug/out.txt", "build output\n");
        _input.Write("corpus/.draft.txt", "hidden file\n");
        var root = Path.Combine(_input.Root, "corpus");

        var paths = new Ingestor().Read([root]).Select(PathOf).ToList();

        Assert.Equal(
            [
                Path.Join(root, "2024", "11", "c-kharkiv.txt"),
                Path.Join(root, "2024", "feeds.rss") + "#0",
                Path.Join(root, "a-kyiv.md"),
                Path.Join(root, "b-odesa.txt"),
            ],
            paths);
        Assert.Equal(paths, new Ingestor().Read([root]).Select(PathOf).ToList());
    }

    [Fact]
    public void ReadFile_on_a_directory_reads_it_like_Read()
    {
        _input.Write("d/one.txt", "Explosions were heard in Sevastopol early on Tuesday.\n");

        var items = new Ingestor().ReadFile(Path.Combine(_input.Root, "d")).ToList();

        Assert.IsType<IngestedDocument>(Assert.Single(items));
    }

    private static string PathOf(IngestItem item) => item switch
    {
        IngestedDocument d => d.Document.Path,
        IngestFailed f => "FAILED " + f.Failure,
        _ => throw new InvalidOperationException(),
    };
}
