namespace Sitrep.Web.Tests;

/// <summary>Paths in the checkout, found from the test binary upwards.</summary>
public static class Repo
{
    public static string Root => Sitrep.Testing.RepoRoot.Path;

    public static string Samples => Path.Combine(Root, "samples");
}

/// <summary>A temporary folder deleted after the tests.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-web-test-" + Guid.NewGuid().ToString("N")[..10]);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
