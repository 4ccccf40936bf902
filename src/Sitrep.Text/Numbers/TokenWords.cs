namespace Sitrep.Text;

/// <summary>Small allocation-free questions about tokens that both scanners ask all the time.</summary>
internal static class TokenWords
{
    // The length test first: most comparisons fail on it, without a call into the case-insensitive compare.
    public static bool IsWord(this Token t, string text, string word) =>
        t.Kind == TokenKind.Word && t.Length == word.Length && t.In(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool WordAt(string text, ReadOnlySpan<Token> tokens, int i, string word) =>
        i >= 0 && i < tokens.Length && tokens[i].IsWord(text, word);

    /// <summary>True for a one-character punctuation or symbol token equal to <paramref name="c"/>.</summary>
    public static bool IsChar(this Token t, string text, char c) =>
        t.Length == 1 && t.Kind is TokenKind.Punct or TokenKind.Symbol && text[t.Start] == c;

    public static bool CharAt(string text, ReadOnlySpan<Token> tokens, int i, char c) =>
        i >= 0 && i < tokens.Length && tokens[i].IsChar(text, c);

    /// <summary>A hyphen or en/em dash token.</summary>
    public static bool IsDash(this Token t, string text) =>
        t.Length == 1 && t.Kind == TokenKind.Punct && Tokenizer.IsDash(text[t.Start]);

    public static bool DashAt(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 0 && i < tokens.Length && tokens[i].IsDash(text);

    public static bool IsCapitalized(this Token t, string text) => t.Length > 0 && char.IsUpper(text[t.Start]);

    /// <summary>No whitespace between the two tokens: "KN-23", "US$".</summary>
    public static bool Touches(this Token left, Token right) => left.End == right.Start;

    /// <summary>True when only spaces or tabs separate the token from the start of its line (or of the text).</summary>
    public static bool StartsLine(this Token t, string text)
    {
        for (var k = t.Start - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c == '\n') return true;
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }
}
