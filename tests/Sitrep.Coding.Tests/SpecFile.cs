using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Coding.Tests;

/// <summary>
/// Reads the readable coder specs in Specs/*.md (format in Specs/README.md): "### title", "> sentence",
/// optional "published: YYYY-MM-DD" and "pending: reason", then expected events or "no events", and "not: …" events
/// that must not be produced.
/// </summary>
public static class SpecFile
{
    public static readonly DateOnly DefaultPublished = new(2024, 11, 5);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<SpecExample> All() =>
        Directory.EnumerateFiles(Folder, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).SelectMany(Parse);

    public static IEnumerable<SpecExample> Parse(string path)
    {
        var name = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        string? title = null, sentence = null, pending = null;
        var line = 0;
        var published = DefaultPublished;
        var expected = new List<ExpectedEvent>();
        var forbidden = new List<ExpectedEvent>();
        var noEvents = false;

        SpecExample? Flush()
        {
            if (title is null) return null;
            if (sentence is null) throw new FormatException($"{name}:{line}: example '{title}' has no '> sentence' line");
            if (expected.Count == 0 && forbidden.Count == 0 && !noEvents) throw new FormatException($"{name}:{line}: example '{title}' expects nothing: write 'no events' or an event line");
            return new SpecExample(name, line, title, sentence, published, [.. expected], noEvents, pending) { Forbidden = [.. forbidden] };
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.StartsWith("### ", StringComparison.Ordinal))
            {
                if (Flush() is { } ex) yield return ex;
                (title, sentence, pending, line, published, noEvents) = (text[4..].Trim(), null, null, i + 1, DefaultPublished, false);
                expected = [];
                forbidden = [];
            }
            else if (title is null || text.Length == 0 || text.StartsWith('#') || text.StartsWith("```", StringComparison.Ordinal)) { }
            else if (text.StartsWith('>')) sentence = text[1..].Trim();
            else if (text.StartsWith("published:", StringComparison.OrdinalIgnoreCase))
                published = DateOnly.ParseExact(text["published:".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            else if (text.StartsWith("pending:", StringComparison.OrdinalIgnoreCase)) pending = text["pending:".Length..].Trim();
            else if (text.Equals("no events", StringComparison.OrdinalIgnoreCase)) noEvents = true;
            else if (text.StartsWith("not:", StringComparison.OrdinalIgnoreCase)) forbidden.Add(ParseEvent(text["not:".Length..].Trim(), $"{name}:{i + 1}"));
            else expected.Add(ParseEvent(text, $"{name}:{i + 1}"));
        }
        if (Flush() is { } last) yield return last;
    }

    public static ExpectedEvent ParseEvent(string text, string where)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) throw new FormatException($"{where}: expected 'ACTORS TYPE RECIPIENTS [key=value…]', got '{text}'");
        if (!EventTypes.TryParse(parts[1], out var type)) throw new FormatException($"{where}: unknown PLOVER type '{parts[1]}'");
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in parts.Skip(3))
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) keys[p] = "";
            else keys[p[..eq]] = p[(eq + 1)..];
        }
        return new ExpectedEvent(Codes(parts[0]), type, Codes(parts[2]), keys);
    }

    private static HashSet<string> Codes(string s) => s == "-" ? [] : [.. s.Split('+', StringSplitOptions.RemoveEmptyEntries)];
}
