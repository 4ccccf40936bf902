namespace Sitrep.Analyze.Tests;

/// <summary>Treaty files written to a private temporary folder, deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-analyze-" + Guid.NewGuid().ToString("N"));

    public TempFiles() => Directory.CreateDirectory(_folder);

    public string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
