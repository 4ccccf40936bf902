using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Sitrep.Text;

/// <summary>
/// Gives every token of a sentence its <see cref="TokenClass"/> with one lookup, so the date and quantity
/// scanners share one pass over the sentence instead of each asking its own tables at every token.
/// The words come from the readers themselves (their start and hint words), so the table stays in step with them.
/// </summary>
internal static class TokenClasses
{
    /// <summary>Sentences up to this many tokens keep their classes on the stack.</summary>
    public const int StackLimit = 256;

    private const TokenClass NumberWord = TokenClass.QuantityHint | TokenClass.QuantityStart | TokenClass.DateStart;

    private static readonly WordTable<TokenClass> Words;

    // Signs and "~" are single characters: a char lookup instead of hashing a one-letter string.
    private static readonly FrozenDictionary<char, TokenClass> Signs;

    static TokenClasses()
    {
        var words = new Dictionary<string, TokenClass>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> list, TokenClass kind)
        {
            foreach (var w in list) words[w] = words.GetValueOrDefault(w) | kind;
        }
        Add(QuantityScanner.HintWords, TokenClass.QuantityHint);
        Add(QuantityScanner.StartWords, TokenClass.QuantityStart);
        Add(Months.Words, TokenClass.Month);
        Add(Weekdays.Words, TokenClass.Weekday);
        Add(RelativeDates.Words, TokenClass.Relative);
        Add(["ago"], TokenClass.Ago | TokenClass.Relative);
        Add(DateCandidates.StartWords, TokenClass.DateStart);
        Words = new WordTable<TokenClass>(words);
        Signs = words.Where(kv => kv.Key.Length == 1 && !char.IsLetter(kv.Key[0]))
            .ToFrozenDictionary(kv => kv.Key[0], kv => kv.Value);
    }

    /// <summary>Writes the class of each token into <paramref name="into"/> and returns the union of them all.</summary>
    public static TokenClass Classify(string text, IReadOnlyList<Token> tokens, Span<TokenClass> into) =>
        tokens is List<Token> list ? Classify(text, CollectionsMarshal.AsSpan(list), into) : Classify(text, tokens.ToArray(), into);

    private static TokenClass Classify(string text, ReadOnlySpan<Token> tokens, Span<TokenClass> into)
    {
        var all = TokenClass.None;
        into = into[..tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var c = Of(text, tokens[i]);
            into[i] = c;
            all |= c;
        }
        return all;
    }

    public static TokenClass Of(string text, Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Number:
                return TokenClass.Number;
            case TokenKind.Word:
                return OfWord(text, t);
            case TokenKind.Symbol or TokenKind.Punct:
                // Any currency or percent sign makes a quantity possible; the signs a currency starts with also start one.
                var hint = t.Kind == TokenKind.Symbol ? TokenClass.QuantityHint : TokenClass.None;
                if (t.Length != 1) return hint | (Words.TryGet(t.In(text), out var c) ? c : TokenClass.None);
                return hint | Signs.GetValueOrDefault(text[t.Start]);
            default:
                return TokenClass.None;
        }
    }

    /// <summary>The hyphen or U+2010 to U+2014: every character <see cref="Tokenizer.IsDash"/> accepts, and one more.</summary>
    private static bool MayBeDash(char c) => c == '-' || (uint)(c - '\u2010') <= '\u2014' - '\u2010';

    private static TokenClass OfWord(string text, Token t)
    {
        var w = t.In(text);
        if (Words.TryGet(w, out var c)) return c;
        // Hyphenated words are never in the table: "thirty-one" counts as a number word, "mid-November" is a month.
        // Both are seven letters or more, the dash after "mid" or after a tens word of five to seven letters.
        if (w.Length < 7 || !(MayBeDash(w[3]) || MayBeDash(w[5]) || MayBeDash(w[6]) || (w.Length > 7 && MayBeDash(w[7]))))
            return TokenClass.None;
        if (NumberWords.IsCompound(w)) return NumberWord;
        return Months.IsMidPrefixed(text, t) ? TokenClass.Month | TokenClass.DateStart : TokenClass.None;
    }
}
