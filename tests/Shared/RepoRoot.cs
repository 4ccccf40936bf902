namespace Sitrep.Testing;

/// <summary>
/// The checkout's root (the folder holding Sitrep.slnx), found from the test binary upwards. One source file,
/// linked into every test project that reads files of the repository (samples, docs) or ../shared beside it.
/// </summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}
