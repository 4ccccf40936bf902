namespace Sitrep.Store.Tests;

/// <summary>A database path under the temp directory, removed with its WAL side files on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sitrep-store-test-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(Path + suffix);
    }
}
