using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>
/// A case-insensitive word → value table looked up by span, so the per-sentence scanners never
/// allocate a string to ask "is this token a scale word?".
/// </summary>
internal sealed class WordTable<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordTable(IEnumerable<KeyValuePair<string, T>> entries) =>
        lookup = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of the table, for prefilters that must know every word a rule can start from.</summary>
    public IEnumerable<string> Words => lookup.Dictionary.Keys;

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (lookup.TryGetValue(word, out var found))
        {
            value = found;
            return true;
        }
        value = default!;
        return false;
    }
}

/// <summary>A case-insensitive set of words, queried by span.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params string[] words) =>
        lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>The words of the set, for prefilters that must know every word a rule can start from.</summary>
    public IEnumerable<string> Words => lookup.Set;

    /// <summary>True when token <paramref name="i"/> exists, is a word and is in the set.</summary>
    public bool At(string text, IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && lookup.Contains(tokens[i].In(text));
}
