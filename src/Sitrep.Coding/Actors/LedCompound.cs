using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// "the Saudi-led coalition", "Vietnamese-led forces": the state named before "-led" is the one that commands the
/// force, so the compound is coded as that state. The tokenizer keeps a hyphenated word whole, so the state's
/// name is looked up on its own, as the part of the token before the hyphen.
/// </summary>
internal static class LedCompound
{
    public const string Suffix = "-led";

    /// <summary>The token standing for the state part of "X-led", or null when the word is not of that form.</summary>
    public static Token? Leader(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || t.Length <= Suffix.Length + 1 || text[t.End - Suffix.Length] != '-') return null;
        var word = t.In(text);
        if (!word.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)) return null;
        return new Token(t.Start, t.Length - Suffix.Length, TokenKind.Word);
    }
}
