using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Reconcile;

/// <summary>
/// Where a claim's clause begins and ends. A clause ends at ; : dashes, brackets and line breaks, at a speech verb
/// ("said", "according to"), and at a comma that opens a new clause: one starting with a conjunction (", and
/// nearly 8,000 of them …") or one holding a speech verb (", a Pentagon spokeswoman said later in Washington").
/// A comma inside a list of names ("Chongjin, Hamhung and Musudan") does not end it.
/// </summary>
internal static class Clauses
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechWords = Set(
        "said", "says", "say", "saying", "told", "tells", "according", "added", "stated", "announced", "claimed", "estimates");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = Set(
        "and", "but", "while", "which", "who", "whom", "whose", "although", "though", "whereas", "as", "after", "before", "when");

    /// <summary>Index of the first token of the clause that holds the token at <paramref name="claimFirst"/>.</summary>
    public static int StartBefore(string text, List<Token> tokens, int claimFirst)
    {
        for (var i = claimFirst - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Newline || (t.Kind == TokenKind.Punct && (text[t.Start] == ',' || EndsClause(text[t.Start]))))
                return i + 1;
            // "officials in Kyiv said 2,000 troops …": the speaker's place is not the figure's.
            if (t.IsWord && (SpeechWords.Contains(t.In(text)) || t.In(text).Equals("that", StringComparison.OrdinalIgnoreCase)))
                return i + 1;
        }
        return 0;
    }

    /// <summary>One past the last token of the clause that continues after the claim ending before <paramref name="claimEnd"/>.</summary>
    public static int EndAfter(string text, List<Token> tokens, int claimEnd)
    {
        for (var i = claimEnd; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Newline) return i;
            if (t.Kind == TokenKind.Punct)
            {
                var c = text[t.Start];
                if (EndsClause(c) || (c == ',' && OpensClause(text, tokens, i + 1))) return i;
            }
            else if (t.IsWord && SpeechWords.Contains(t.In(text)))
            {
                return i;
            }
        }
        return tokens.Count;
    }

    private static bool EndsClause(char c) => c is ';' or ':' or '(' or ')' or '[' or ']' || Tokenizer.IsDash(c);

    /// <summary>True when the stretch after a comma starts with a conjunction or holds a speech verb before the next comma.</summary>
    private static bool OpensClause(string text, List<Token> tokens, int from)
    {
        if (from < tokens.Count && tokens[from].IsWord && ClauseOpeners.Contains(tokens[from].In(text))) return true;
        for (var i = from; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Newline || (t.Kind == TokenKind.Punct && (text[t.Start] == ',' || EndsClause(text[t.Start])))) return false;
            if (t.IsWord && SpeechWords.Contains(t.In(text))) return true;
        }
        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
