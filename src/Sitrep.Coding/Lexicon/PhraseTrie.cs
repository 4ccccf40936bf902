using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Multi-word phrases keyed token by token: one hash lookup per token, longest match wins.
/// Values keep the phrase's original words so capitalisation can be checked after the match.
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public List<(string[] Words, T Value)>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as dictionary words (already tokenised).</summary>
    public void Add(string[] words, T value)
    {
        var node = _root;
        foreach (var w in words)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            var key = TokenKeys.Fold(w);
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        (node.Values ??= []).Add((words, value));
        Count++;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> whose capitalisation fits and that
    /// <paramref name="accept"/> allows. Returns the number of tokens matched (0 = none) and the matching values.
    /// </summary>
    public int MatchLongest(string text, IReadOnlyList<Token> tokens, int start, List<T> values, Func<T, bool>? accept = null)
    {
        values.Clear();
        var node = _root;
        var best = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind is TokenKind.Newline || node.Children is null) break;
            if (!node.Lookup.TryGetValue(TokenKeys.Of(text, t), out var next)) break;
            node = next;
            if (node.Values is null) continue;
            var n = i - start + 1;
            var any = false;
            foreach (var (words, value) in node.Values)
            {
                if (!CaseFits(text, tokens, start, words) || (accept is not null && !accept(value))) continue;
                if (!any) { values.Clear(); any = true; }
                values.Add(value);
            }
            if (any) best = n;
        }
        if (best == 0) values.Clear();
        return best;
    }

    private static bool CaseFits(string text, IReadOnlyList<Token> tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (!TokenKeys.CaseMatches(words[k], tokens[start + k].In(text))) return false;
        return true;
    }
}
