using System.Reflection;
using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// A dictionary or reference data file: a name for error messages and its lines. Built-in files are
/// embedded resources; user files come from disk. Either way errors read "file:line: message".
/// </summary>
public sealed record DataFile(string Name, IReadOnlyList<string> Lines)
{
    public static DataFile FromDisk(string path) => new(path, File.ReadAllLines(path));

    /// <summary>The built-in dictionary of that name (e.g. "countries.txt"), shipped inside the assembly.</summary>
    public static DataFile BuiltIn(string fileName)
    {
        var asm = typeof(DataFile).Assembly;
        using var stream = asm.GetManifestResourceStream("Sitrep.Coding.Dictionaries." + fileName)
            ?? throw new FileNotFoundException($"Built-in dictionary '{fileName}' is missing from {asm.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return new DataFile("Dictionaries/" + fileName, lines);
    }

    public static IEnumerable<string> BuiltInNames() =>
        typeof(DataFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Sitrep.Coding.Dictionaries.", StringComparison.Ordinal))
            .Select(n => n["Sitrep.Coding.Dictionaries.".Length..]);

    /// <summary>
    /// The data lines: comments (# …) and blank lines skipped, a trailing "# comment" removed,
    /// each split on " | " into trimmed fields, with its 1-based line number.
    /// </summary>
    public IEnumerable<DataLine> Records()
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = StripComment(Lines[i]).Trim();
            if (line.Length == 0) continue;
            yield return new DataLine(this, i + 1, SplitFields(line));
        }
    }

    /// <summary>
    /// Splits on field bars: a '|' with white space (or the line's end) on at least one side. A bar between two
    /// words ("troops|soldiers") is an alternative inside a field, not a separator.
    /// </summary>
    public static string[] SplitFields(string line)
    {
        var fields = new List<string>();
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '|') continue;
            var spaceBefore = i == 0 || char.IsWhiteSpace(line[i - 1]);
            var spaceAfter = i == line.Length - 1 || char.IsWhiteSpace(line[i + 1]);
            if (!spaceBefore && !spaceAfter) continue;
            fields.Add(line[start..i].Trim());
            start = i + 1;
        }
        fields.Add(line[start..].Trim());
        return [.. fields];
    }

    private static string StripComment(string line)
    {
        // '#' starts a comment at line start or after whitespace; "C#" inside a word is kept.
        for (var i = 0; i < line.Length; i++)
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                return line[..i];
        return line;
    }
}

/// <summary>One record of a data file, split into fields, with where it came from.</summary>
public readonly record struct DataLine(DataFile File, int Number, string[] Fields)
{
    public DataFileError Error(string message) => new(File.Name, Number, message);

    public string Field(int i) => i < Fields.Length ? Fields[i] : "";

    /// <summary>A "; "-separated list field, empty items dropped.</summary>
    public IEnumerable<string> List(int i) =>
        Field(i).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
