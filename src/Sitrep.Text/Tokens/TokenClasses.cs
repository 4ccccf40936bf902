using System.Runtime.CompilerServices;

namespace Sitrep.Text;

/// <summary>
/// Gives every token of a sentence its <see cref="TokenClass"/> with one lookup, so the date and quantity
/// scanners share one pass over the sentence instead of each asking its own tables at every token.
/// The words come from the readers themselves (their start and hint words), so the table stays in step with them.
/// A caller that already looks every token up in a table of its own (the coder's vocabulary) can carry these words
/// there (<see cref="ListedWords"/>) and classify with one lookup for both (see <see cref="OfUnlistedWord"/>).
/// </summary>
public static class TokenClasses
{
    /// <summary>Sentences up to this many tokens keep their classes on the stack.</summary>
    public const int StackLimit = 256;

    private const TokenClass NumberWord = TokenClass.QuantityHint | TokenClass.QuantityStart | TokenClass.DateStart;

    private static readonly WordTable<TokenClass> Words;

    /// <summary>
    /// Every word with a class of its own, compared case-insensitively. A word token (ASCII) that is none of these
    /// has the class <see cref="OfUnlistedWord"/> gives.
    /// </summary>
    public static IReadOnlyDictionary<string, TokenClass> ListedWords { get; }

    // Signs and "~" are single characters: an array read for ASCII punctuation, a short search for the rest.
    private static readonly TokenClass[] AsciiSigns = new TokenClass[128];
    private static readonly string OtherSigns;
    private static readonly TokenClass[] OtherSignClasses;

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
        ListedWords = words;
        var signs = words.Where(kv => kv.Key.Length == 1 && !char.IsLetter(kv.Key[0])).ToArray();
        foreach (var (sign, kind) in signs.Where(kv => kv.Key[0] < 128)) AsciiSigns[sign[0]] = kind;
        var others = signs.Where(kv => kv.Key[0] >= 128).ToArray();
        OtherSigns = string.Concat(others.Select(kv => kv.Key));
        OtherSignClasses = [.. others.Select(kv => kv.Value)];
    }

    /// <summary>Writes the class of each token into <paramref name="into"/> and returns the union of them all.</summary>
    // Kept out of its callers so that the lookup inlines into this loop instead of using up their inlining budget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static TokenClass Classify(string text, ReadOnlySpan<Token> tokens, Span<TokenClass> into)
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

    // Tests in order of frequency rather than a switch: a jump table's indirect jump mispredicts on mixed kinds.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokenClass Of(string text, Token t)
    {
        if (t.Kind == TokenKind.Word) return OfWord(text, t);
        if (t.Kind == TokenKind.Punct) return OfSign(text, t);
        if (t.Kind == TokenKind.Number) return TokenClass.Number;
        // Any currency or percent sign makes a quantity possible.
        return t.Kind == TokenKind.Symbol ? TokenClass.QuantityHint | OfSign(text, t) : TokenClass.None;
    }

    /// <summary>The currency signs and "~" start a quantity.</summary>
    private static TokenClass OfSign(string text, Token t)
    {
        if (t.Length != 1) return Words.TryGet(t.In(text), out var c) ? c : TokenClass.None;
        return SignClass(text[t.Start]);
    }

    private static TokenClass SignClass(char c)
    {
        if (c < 128) return AsciiSigns[c];
        var k = OtherSigns.IndexOf(c);
        return k < 0 ? TokenClass.None : OtherSignClasses[k];
    }

    /// <summary>The hyphen or U+2010 to U+2014: every character <see cref="Tokenizer.IsDash"/> accepts, and one more.</summary>
    private static bool MayBeDash(char c) => c == '-' || (uint)(c - '\u2010') <= '\u2014' - '\u2010';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenClass OfWord(string text, Token t)
    {
        var w = t.In(text);
        if (Words.TryGet(w, out var c)) return c;
        // Hyphenated words are never in the table: "thirty-one" counts as a number word, "mid-November" is a month.
        // Both are seven letters or more, the dash after "mid" or after a tens word of five to seven letters.
        if (w.Length < 7 || !(MayBeDash(w[3]) || MayBeDash(w[5]) || MayBeDash(w[6]) || (w.Length > 7 && MayBeDash(w[7]))))
            return TokenClass.None;
        return OfHyphenated(text, t);
    }

    /// <summary>The class of a word token that is none of <see cref="ListedWords"/>: "thirty-one", "mid-November", or none.</summary>
    public static TokenClass OfUnlistedWord(string text, Token t)
    {
        var w = t.In(text);
        if (w.Length < 7 || !(MayBeDash(w[3]) || MayBeDash(w[5]) || MayBeDash(w[6]) || (w.Length > 7 && MayBeDash(w[7]))))
            return TokenClass.None;
        return OfHyphenated(text, t);
    }

    private static TokenClass OfHyphenated(string text, Token t)
    {
        if (NumberWords.IsCompound(t.In(text))) return NumberWord;
        return Months.IsMidPrefixed(text, t) ? TokenClass.Month | TokenClass.DateStart : TokenClass.None;
    }
}
