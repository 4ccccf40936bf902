using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Multi-word phrases keyed word by word through a <see cref="Vocabulary"/>: a step costs one number lookup, and a
/// sentence already numbered (see <see cref="SentenceFrame.Lex"/>) costs no text hashing at all. Longest match wins.
/// Values keep the phrase's original words so capitalisation can be checked after the match.
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<int, Node>? Children;
        // CaseSensitive: some word has a capital, so the text's capitalisation must be checked (see TokenKeys.CaseMatches).
        public List<(string[] Words, T Value, bool CaseSensitive)>? Values;
    }

    private readonly Node _root = new();
    private Vocabulary? _words;

    // The first step, by word number: most tokens start no phrase, and the array says so without hashing.
    private Node?[] _first = [];

    /// <summary>A trie with its own vocabulary (created with the first phrase).</summary>
    public PhraseTrie() { }

    /// <summary>
    /// A trie numbering its words in a vocabulary shared with the lexicon's other dictionaries, marking there the words
    /// that start one of its phrases with <paramref name="role"/>.
    /// </summary>
    public PhraseTrie(Vocabulary words, WordRoles role = WordRoles.None)
    {
        _words = words;
        _role = role;
    }

    private readonly WordRoles _role;

    public int Count { get; private set; }

    /// <summary>Changes with every phrase added, so tables derived from the trie know when to rebuild.</summary>
    public int Version { get; private set; }

    /// <summary>Adds a phrase given as dictionary words (already tokenised).</summary>
    public void Add(string[] words, T value)
    {
        var vocabulary = _words ??= new Vocabulary();
        var node = _root;
        foreach (var w in words)
        {
            var id = vocabulary.GetOrAdd(TokenKeys.Fold(w));
            node.Children ??= [];
            if (!node.Children.TryGetValue(id, out var next))
            {
                node.Children[id] = next = new Node();
                if (node == _root)
                {
                    if (_first.Length <= id) Array.Resize(ref _first, Math.Max(id + 1, _first.Length * 2));
                    _first[id] = next;
                    vocabulary.AddRole(id, _role);
                }
            }
            node = next;
        }
        (node.Values ??= []).Add((words, value, Array.Exists(words, HasUpper)));
        Count++;
        Version++;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> whose capitalisation fits and that
    /// <paramref name="accept"/> allows. Returns the number of tokens matched (0 = none) and the matching values.
    /// </summary>
    public int MatchLongest(string text, IReadOnlyList<Token> tokens, int start, List<T> values, Func<T, bool>? accept = null)
    {
        values.Clear();
        if (_root.Children is null) return 0;
        var node = _root;
        var best = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var id = _words!.Of(text, tokens[i]);
            if (!Step(ref node, id)) break;
            if (node.Values is not null && Accept(text, tokens, start, node, values, accept)) best = i - start + 1;
        }
        if (best == 0) values.Clear();
        return best;
    }

    /// <summary>
    /// As <see cref="MatchLongest(string, IReadOnlyList{Token}, int, List{T}, Func{T, bool}?)"/>, for tokens already
    /// numbered in this trie's vocabulary (<paramref name="ids"/>[i] is token i's word).
    /// </summary>
    public int MatchLongest(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<int> ids, int start, List<T> values, Func<T, bool>? accept = null)
    {
        values.Clear();
        if ((uint)start >= (uint)ids.Length || !Starts(ids[start])) return 0;
        var node = _first[ids[start]]!;
        var best = 0;
        for (var i = start; i < ids.Length; i++)
        {
            if (i > start && !Step(ref node, ids[i])) break;
            if (node.Values is not null && Accept(text, tokens, start, node, values, accept)) best = i - start + 1;
        }
        if (best == 0) values.Clear();
        return best;
    }

    /// <summary>
    /// The values of word <paramref name="id"/> when it is a phrase of its own that no longer phrase starts with and
    /// whose capitalisation does not matter: then a match there is that one word with exactly these values, whatever
    /// the text around it.
    /// </summary>
    public bool IsPlainWord(int id, out IEnumerable<T> values)
    {
        values = [];
        if (!Starts(id) || _first[id] is not { Children: null, Values: { } list } || list.Exists(v => v.CaseSensitive)) return false;
        values = list.Select(v => v.Value);
        return true;
    }

    /// <summary>Can a phrase of this trie start with word <paramref name="id"/>? One number lookup, for a quick skip.</summary>
    public bool Starts(int id) => (uint)id < (uint)_first.Length && _first[id] is not null;

    private static bool Step(ref Node node, int id)
    {
        if (id < 0 || node.Children is not { } children || !children.TryGetValue(id, out var next)) return false;
        node = next;
        return true;
    }

    private static bool Accept(string text, IReadOnlyList<Token> tokens, int start, Node node, List<T> values, Func<T, bool>? accept)
    {
        var any = false;
        foreach (var (words, value, caseSensitive) in node.Values!)
        {
            if ((caseSensitive && !CaseFits(text, tokens, start, words)) || (accept is not null && !accept(value))) continue;
            if (!any) { values.Clear(); any = true; }
            values.Add(value);
        }
        return any;
    }

    private static bool HasUpper(string word)
    {
        foreach (var c in word) if (char.IsUpper(c)) return true;
        return false;
    }

    private static bool CaseFits(string text, IReadOnlyList<Token> tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (!TokenKeys.CaseMatches(words[k], tokens[start + k].In(text))) return false;
        return true;
    }
}
