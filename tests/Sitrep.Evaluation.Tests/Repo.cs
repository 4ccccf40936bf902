namespace Sitrep.Evaluation.Tests;

/// <summary>The checkout, found from the test binary upwards, and the shared gold file beside it when present.</summary>
public static class Repo
{
    public static string Root => Sitrep.Testing.RepoRoot.Path;

    /// <summary>&lt;repo root&gt;/../shared/data/plover/gsr-dev.jsonl; only developer machines and CI have it.</summary>
    public static string GoldDev => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "plover", "gsr-dev.jsonl"));
}

/// <summary>A gold file written for one test and deleted after it.</summary>
public sealed class TempGoldFile : IDisposable
{
    public TempGoldFile(params string[] lines)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sitrep-gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(Path, lines);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
