using Sitrep.Domain;

namespace Sitrep.Ingest.Tests;

/// <summary>Fixture paths, a scratch directory per test, and shortcuts for reading through the public API.</summary>
internal sealed class TestInput : IDisposable
{
    public TestInput()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitrep-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public string Write(string relativePath, string content) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static List<IngestItem> Read(params string[] paths) => new Ingestor().Read(paths).ToList();

    /// <summary>Reads a path that must yield exactly one document.</summary>
    public static Document Document(string path)
    {
        var items = Read(path);
        var item = Assert.Single(items);
        return Assert.IsType<IngestedDocument>(item).Document;
    }

    /// <summary>Reads a path that must yield exactly one failure.</summary>
    public static IngestFailure Failure(string path)
    {
        var items = Read(path);
        var item = Assert.Single(items);
        return Assert.IsType<IngestFailed>(item).Failure;
    }

    /// <summary>An article written to a scratch file with the given extension.</summary>
    public Document Article(string content, string extension = ".txt") => Document(Write("article" + extension, content));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
