using System.Runtime.CompilerServices;

namespace Sitrep.Text;

/// <summary>
/// A case-insensitive word → value table looked up by span, so the per-sentence scanners never
/// allocate a string to ask "is this token a scale word?".
/// </summary>
internal sealed class WordTable<T>
{
    private readonly WordIndex _index;
    private readonly string[] _words;
    private readonly T[] _values;

    public WordTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = entries.ToArray();
        _words = [.. list.Select(kv => kv.Key)];
        _values = [.. list.Select(kv => kv.Value)];
        _index = new WordIndex(_words);
    }

    /// <summary>The words of the table, for prefilters that must know every word a rule can start from.</summary>
    public IEnumerable<string> Words => _words;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        var id = _index.Find(word);
        if (id >= 0)
        {
            value = _values[id];
            return true;
        }
        value = default!;
        return false;
    }
}

/// <summary>A case-insensitive set of words, queried by span.</summary>
internal sealed class WordSet
{
    private readonly WordIndex _index;
    private readonly string[] _words;

    public WordSet(params string[] words)
    {
        _words = words;
        _index = new WordIndex(words);
    }

    public bool Contains(ReadOnlySpan<char> word) => _index.Find(word) >= 0;

    /// <summary>The words of the set, for prefilters that must know every word a rule can start from.</summary>
    public IEnumerable<string> Words => _words;

    /// <summary>True when token <paramref name="i"/> exists, is a word and is in the set.</summary>
    public bool At(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 0 && i < tokens.Length && tokens[i].IsWord && _index.Find(tokens[i].In(text)) >= 0;
}
