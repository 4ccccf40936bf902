using Sitrep.Coding.Petrarch;
using Sitrep.Domain;

namespace Sitrep.Coding.Tests.Petrarch;

/// <summary>Small helpers for the PETRARCH importer tests: inline files, one-sentence coding, the shared data folder.</summary>
internal static class PetrarchTestKit
{
    /// <summary>A dictionary file written in the test itself, one string per line.</summary>
    public static DataFile File(string name, string text) => new(name, text.Replace("\r", "", StringComparison.Ordinal).Split('\n'));

    /// <summary>Codes one sentence as a one-sentence document published on <paramref name="published"/>.</summary>
    public static CodingResult Code(Coder coder, string sentence, DateOnly published)
    {
        var doc = new Document
        {
            Id = "petrarch-test",
            Path = "petrarch-test",
            Text = sentence,
            Published = new DateTimeOffset(published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        };
        return coder.Code(doc, [new Sentence(0, new TextSpan(0, sentence.Length), SentenceKind.Body)]);
    }

    /// <summary>The CAMEO triples of a sentence, as the PETRARCH validation compares them (require_dyad on).</summary>
    public static List<string> Triples(Coder coder, string sentence, DateOnly published, bool requireDyad = true)
    {
        var triples = new PetrarchTriples(coder.Lexicon.Verbs);
        return [.. Code(coder, sentence, published).Analysis.Events.SelectMany(e => triples.Of(e, requireDyad)).Select(t => t.ToString()).Distinct()];
    }

    /// <summary>A coder built from dictionary files written to a fresh temporary folder (their names say their kind).</summary>
    public static Coder Build(params (string Name, string Text)[] files) => Build(PetrarchImportOptions.Default, files);

    public static Coder Build(PetrarchImportOptions options, params (string Name, string Text)[] files)
    {
        var folder = TempFolder();
        try
        {
            foreach (var (name, text) in files) System.IO.File.WriteAllText(Path.Combine(folder, name), text);
            return new CoderBuilder()
                .WithBuiltInDictionaries(DictionaryKind.Modifiers, DictionaryKind.Irregular, DictionaryKind.Subjects)
                .WithPetrarchOptions(options)
                .AddDictionaries(folder)
                .Build();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A fresh folder under the system's temporary folder; callers delete it when done.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitrep-petrarch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The repository's root: the folder holding Sitrep.slnx, found upwards from the test binaries.</summary>
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>&lt;repo root&gt;/../shared/data/petrarch, or null when this machine does not have it.</summary>
    public static string? SharedPetrarch()
    {
        var root = RepoRoot();
        if (root is null) return null;
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "petrarch"));
        return Directory.Exists(folder) ? folder : null;
    }
}
