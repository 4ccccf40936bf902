using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// The cue phrases of rung-cues.txt (embedded; see that file for the format), indexed by first word so a text is
/// matched in one pass over its words. Immutable once read.
/// </summary>
public sealed class RungCues
{
    private const string ResourceName = "Sitrep.Analyze.Escalation.rung-cues.txt";
    private static readonly Lazy<RungCues> BuiltIn = new(ReadBuiltIn);

    private readonly Dictionary<string, List<Cue>> _byFirstWord;
    private readonly Dictionary<string, List<Cue>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private RungCues(Dictionary<string, List<Cue>> byFirstWord, IReadOnlyList<DataFileError> errors)
    {
        _byFirstWord = byFirstWord;
        _lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Errors = errors;
    }

    /// <summary>Problems found while reading, each with file and line; the offending lines are skipped.</summary>
    public IReadOnlyList<DataFileError> Errors { get; }

    /// <summary>Number of phrases read.</summary>
    public int Count => _byFirstWord.Values.Sum(l => l.Count);

    /// <summary>The cue file shipped with Sitrep (read once, shared).</summary>
    public static RungCues LoadBuiltIn() => BuiltIn.Value;

    /// <summary>Reads a cue file; <paramref name="file"/> names it in errors.</summary>
    public static RungCues Parse(string file, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(lines);
        var index = new Dictionary<string, List<Cue>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(CueKind, string)>();
        var errors = new List<DataFileError>();
        CueKind? section = null;
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[')
            {
                section = null;
                if (line[^1] != ']' || !CueKinds.TryParse(line[1..^1].Trim(), out var kind))
                    errors.Add(new DataFileError(file, number, $"unknown section '{line}' (funding, materiel, weapons, training, intelligence, territory, troops, ally, ally-after, intent, started, possible, denied)"));
                else section = kind;
                continue;
            }
            if (section is null)
            {
                errors.Add(new DataFileError(file, number, $"cue '{line}' is outside any known [section]"));
                continue;
            }
            var words = line.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (!words.All(w => w.All(Words.IsWordChar)))
            {
                errors.Add(new DataFileError(file, number, $"cue '{line}' may contain only letters, digits, apostrophes, spaces and hyphens"));
                continue;
            }
            words = [.. words.Select(w => w.Replace('\u2019', '\''))];
            if (!seen.Add((section.Value, string.Join(' ', words).ToLowerInvariant())))
            {
                errors.Add(new DataFileError(file, number, $"cue '{line}' is listed twice in [{section.Value.ToString().ToLowerInvariant()}]"));
                continue;
            }
            if (!index.TryGetValue(words[0], out var bucket)) index[words[0]] = bucket = [];
            bucket.Add(new Cue(words, section.Value, words.Any(IsNegation)));
        }
        return new RungCues(index, errors);
    }

    /// <summary>Every cue phrase that starts at a word in [<paramref name="from"/>, <paramref name="to"/>) and ends by <paramref name="to"/>.</summary>
    internal void Scan(Words words, int from, int to, List<CueMatch> into)
    {
        to = Math.Min(to, words.Count);
        for (var i = Math.Max(0, from); i < to; i++)
        {
            if (!TryBucket(words.Word(i), out var bucket)) continue;
            foreach (var cue in bucket)
                if (i + cue.Words.Length <= to && FitsAt(cue, words, i))
                    into.Add(new CueMatch(i, i + cue.Words.Length, cue.Kind, cue.Negating));
        }
    }

    private bool TryBucket(ReadOnlySpan<char> word, out List<Cue> bucket)
    {
        if (word.IndexOf('\u2019') < 0) return _lookup.TryGetValue(word, out bucket!);
        return _byFirstWord.TryGetValue(word.ToString().Replace('\u2019', '\''), out bucket!); // rare: typographic apostrophe
    }

    private static bool FitsAt(Cue cue, Words words, int at)
    {
        for (var k = 1; k < cue.Words.Length; k++)
            if (!SameWord(words.Word(at + k), cue.Words[k])) return false;
        return true;
    }

    private static bool SameWord(ReadOnlySpan<char> text, string cue)
    {
        if (text.Length != cue.Length) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] == '\u2019' ? '\'' : text[i];
            if (char.ToLowerInvariant(c) != char.ToLowerInvariant(cue[i])) return false;
        }
        return true;
    }

    private static RungCues ReadBuiltIn()
    {
        using var stream = typeof(RungCues).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return Parse("Escalation/rung-cues.txt", lines);
    }

    private static bool IsNegation(string word) =>
        word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase) ||
        word.EndsWith("n't", StringComparison.OrdinalIgnoreCase);

    private sealed record Cue(string[] Words, CueKind Kind, bool Negating);
}

/// <summary>A cue phrase found in a text: words [First, End), its section, and whether the phrase itself negates ("not rule out").</summary>
internal readonly record struct CueMatch(int First, int End, CueKind Kind, bool Negating);
