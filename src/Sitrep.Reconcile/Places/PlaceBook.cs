using System.Collections.Frozen;
using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// The words places are read with: place names and their other spellings, front words, the words that introduce
/// a place, and capitalised words that are not places. Built from places.txt (embedded) or from a file of the
/// same format. Immutable once built; safe to share between threads.
/// </summary>
public sealed class PlaceBook
{
    private const string ResourceName = "Sitrep.Reconcile.Places.places.txt";
    private static readonly Lazy<PlaceBook> BuiltInBook = new(LoadBuiltIn);

    // A null value marks a capitalised name that is not a place ("March", "NATO").
    private readonly FrozenDictionary<string, Place?> _names;
    private readonly FrozenDictionary<string, Place?>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _cues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _origins;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _directions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _suffixes;

    private PlaceBook(Builder b)
    {
        _names = b.Names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _cues = Lookup(b.Cues);
        _origins = Lookup(b.Origins);
        _directions = Lookup(b.Directions);
        _suffixes = Lookup(b.Suffixes);
        MaxNameTokens = b.MaxNameTokens;
    }

    /// <summary>The places.txt shipped with Sitrep.</summary>
    /// <exception cref="InvalidOperationException">The embedded file has errors (a build defect, listed with file:line).</exception>
    public static PlaceBook BuiltIn => BuiltInBook.Value;

    /// <summary>Reads a places file; problems are added to <paramref name="errors"/> and the line is skipped.</summary>
    public static PlaceBook Parse(string fileName, string text, List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var builder = new Builder();
        PlaceFileParser.Parse(fileName, text, builder, errors);
        return new PlaceBook(builder);
    }

    /// <summary>Looks a name up as written (case-insensitive); false when unknown or when it is not a place.</summary>
    public bool TryFind(string name, out Place place)
    {
        ArgumentNullException.ThrowIfNull(name);
        place = null!;
        if (!_nameLookup.TryGetValue(name.AsSpan().Trim(), out var found) || found is null) return false;
        place = found;
        return true;
    }

    /// <summary>Longest listed name made of tokens (at most this many, punctuation included: "Côte d'Ivoire", "U.S.").</summary>
    internal int MaxNameTokens { get; }

    /// <summary>True when the words are a listed name; <paramref name="place"/> is null when the name is listed as not a place.</summary>
    internal bool TryName(ReadOnlySpan<char> words, out Place? place) => _nameLookup.TryGetValue(words, out place);

    internal bool IsCue(ReadOnlySpan<char> word) => _cues.Contains(word);
    internal bool IsOrigin(ReadOnlySpan<char> word) => _origins.Contains(word);
    internal bool IsDirection(ReadOnlySpan<char> word) => _directions.Contains(word);
    internal bool IsSuffix(ReadOnlySpan<char> word) => _suffixes.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(HashSet<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static PlaceBook LoadBuiltIn()
    {
        using var stream = typeof(PlaceBook).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var errors = new List<DataFileError>();
        var book = Parse("places.txt", reader.ReadToEnd(), errors);
        return errors.Count == 0
            ? book
            : throw new InvalidOperationException("The built-in places.txt has errors:\n" + string.Join("\n", errors));
    }

    /// <summary>Collects the lines of a places file before the book is frozen.</summary>
    internal sealed class Builder
    {
        public Dictionary<string, Place?> Names { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Cues { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Origins { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Directions { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Suffixes { get; } = new(StringComparer.OrdinalIgnoreCase);
        public int MaxNameTokens { get; private set; } = 1;

        public bool Add(string kind, string name, string[] others, out string problem)
        {
            problem = "";
            switch (kind)
            {
                case "country": return AddPlace(new Place(name, PlaceKind.Country), others, out problem);
                case "region": return AddPlace(new Place(name, PlaceKind.Region), others, out problem);
                case "city": return AddPlace(new Place(name, PlaceKind.City), others, out problem);
                // Every front word is the one place "front": the line is where it is, whatever a report calls it.
                case "front": return AddPlace(new Place("front", PlaceKind.Front), [name, .. others], out problem);
                case "not-a-place": return AddNames(null, others, out problem);
                case "cue": return AddWords(Cues, others, out problem);
                case "origin": return AddWords(Origins, others, out problem);
                case "direction": return AddWords(Directions, others, out problem);
                case "suffix": return AddWords(Suffixes, others, out problem);
                default:
                    problem = $"unknown kind '{kind}' (expected country, region, city, front, cue, origin, direction, suffix or not-a-place)";
                    return false;
            }
        }

        private bool AddPlace(Place place, string[] others, out string problem) =>
            AddNames(place, place.Kind == PlaceKind.Front ? others : [place.Name, .. others], out problem);

        private bool AddNames(Place? place, string[] names, out string problem)
        {
            problem = "";
            if (names.Length == 0) { problem = "no words listed"; return false; }
            foreach (var name in names)
            {
                if (Names.TryGetValue(name, out var existing) && existing != place)
                {
                    problem = $"'{name}' is already listed as {(existing is null ? "not a place" : $"a name of {existing.Name}")}";
                    return false;
                }
            }
            foreach (var name in names)
            {
                Names[name] = place;
                MaxNameTokens = Math.Max(MaxNameTokens, CountTokens(name));
            }
            return true;
        }

        private static bool AddWords(HashSet<string> into, string[] words, out string problem)
        {
            problem = "";
            if (words.Length == 0) { problem = "no words listed"; return false; }
            foreach (var w in words) into.Add(w);
            return true;
        }

        /// <summary>An upper bound on the tokens a name spans: words plus the punctuation between them.</summary>
        private static int CountTokens(string name)
        {
            var count = 1;
            foreach (var c in name)
                if (c is ' ' or '\'' or '’' or '.' or '-') count++;
            return count;
        }
    }
}
