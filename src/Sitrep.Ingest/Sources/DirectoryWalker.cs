using Sitrep.Domain;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Files under a directory in a stable order: entries sorted by name (ordinal), each subdirectory walked
/// where its name sorts. Hidden entries (".git", ".DS_Store") and build output (bin, obj) are skipped;
/// symbolic links to directories are not followed, which also rules out cycles.
/// </summary>
internal static class DirectoryWalker
{
    public readonly record struct Entry(string? File, IngestFailure? Failure);

    public static IEnumerable<Entry> Walk(string dir)
    {
        if (!TryList(dir, out var entries, out var failure))
        {
            yield return new Entry(null, failure);
            yield break;
        }
        foreach (var info in entries)
        {
            if (info is DirectoryInfo sub)
            {
                if (Skip(sub)) continue;
                foreach (var entry in Walk(Path.Join(dir, sub.Name))) yield return entry;
            }
            else if (!info.Name.StartsWith('.'))
            {
                yield return new Entry(Path.Join(dir, info.Name), null);
            }
        }
    }

    private static bool Skip(DirectoryInfo dir) =>
        dir.Name.StartsWith('.') || dir.Name is "bin" or "obj" || dir.LinkTarget is not null;

    private static bool TryList(string dir, out List<FileSystemInfo> entries, out IngestFailure? failure)
    {
        entries = [];
        failure = null;
        try
        {
            entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failure = new IngestFailure(dir, null, SourceFile.Describe(e));
            return false;
        }
    }
}
