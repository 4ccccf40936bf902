using Sitrep.Text;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// Turns PETRARCH phrases ("NORTH_KOREA", "DID N'T", "CONGRESS!PERSON!") into the words Sitrep's tokenizer
/// makes of news text, so dictionary and text meet in the same tries.
/// </summary>
public static class PetrarchWords
{
    private static readonly char[] Separators = ['_', ' ', '\t'];

    /// <summary>The words of a phrase, folded to lower case; "_" and blanks both separate words.</summary>
    public static string[] Split(string phrase)
    {
        var words = new List<string>();
        foreach (var piece in phrase.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            // Most pieces are plain words, which the tokenizer keeps whole: no need to run it.
            if (char.IsLetter(piece[0]) && piece.All(char.IsLetterOrDigit)) { words.Add(TokenKeys.Fold(piece)); continue; }
            foreach (var t in Tokenizer.Tokenize(piece))
                if (t.Length > 0) words.Add(TokenKeys.Fold(t.In(piece).ToString()));
        }
        return [.. words];
    }

    /// <summary>
    /// Words of an actor name. PETRARCH dictionaries are upper case and match any case; Sitrep keeps a word's
    /// capitals as a requirement, so names are folded to lower case — except a lone short acronym ("US", "UN",
    /// "AU"), which stays upper case so it never matches the ordinary word ("us").
    /// </summary>
    public static string[] ActorName(string phrase)
    {
        var words = Split(phrase);
        if (words.Length == 1 && words[0].Length <= 3 && words[0].All(char.IsAsciiLetter))
            words[0] = words[0].ToUpperInvariant();
        return words;
    }

    /// <summary>The phrase as people read it: underscores as blanks, a trailing "_" (exact-match marker) dropped.</summary>
    public static string Display(string phrase) => string.Join(' ', phrase.Split(Separators, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>English regular plural of the last word: +s; +es after s, x, z, ch, sh; consonant + y → ies.</summary>
    public static string Plural(string word)
    {
        if (word.Length == 0) return word;
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
            return word + "es";
        if (word.Length > 1 && word[^1] == 'y' && "aeiou".IndexOf(word[^2]) < 0) return word[..^1] + "ies";
        return word + "s";
    }
}
