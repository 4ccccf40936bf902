using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// Reads places.txt lines ("KIND | NAME | other names") into a <see cref="PlaceBook.Builder"/>. Problems are
/// returned as <see cref="DataFileError"/>s with file and line; a bad line is skipped, the rest still load.
/// </summary>
internal static class PlaceFileParser
{
    public static void Parse(string fileName, string text, PlaceBook.Builder into, List<DataFileError> errors)
    {
        var lineNumber = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.IsEmpty || line[0] == '#') continue;
            var fields = line.ToString().Split('|');
            if (fields.Length is < 2 or > 3)
            {
                errors.Add(new(fileName, lineNumber, $"expected 'KIND | NAME | other names', found {fields.Length} fields"));
                continue;
            }
            var kind = fields[0].Trim();
            var name = fields[1].Trim();
            if (name.Length == 0) { errors.Add(new(fileName, lineNumber, "the NAME field is empty")); continue; }
            var others = fields.Length == 3 ? Names(fields[2]) : [];
            if (others.Any(o => o.Length == 0)) { errors.Add(new(fileName, lineNumber, "an empty name between ';' separators")); continue; }
            if (!into.Add(kind, name, others, out var problem)) errors.Add(new(fileName, lineNumber, problem));
        }
    }

    private static string[] Names(string field) =>
        field.Trim().Length == 0 ? [] : [.. field.Split(';').Select(s => s.Trim())];
}
