using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Splits text into tokens with offsets into the original string. Hand-written for speed: one pass,
/// no regex, no allocation beyond the caller's list.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static List<Token> Tokenize(string text, TextSpan span)
    {
        var list = new List<Token>(Math.Max(8, span.Length / 5));
        Tokenize(text, span, list);
        return list;
    }

    /// <summary>Appends the tokens of <paramref name="span"/> to <paramref name="into"/>.</summary>
    public static void Tokenize(string text, TextSpan span, List<Token> into)
    {
        var i = span.Start;
        var end = span.End;
        while (i < end)
        {
            var c = text[i];
            // The two commonest cases first, on cheap ASCII tests.
            if (c == ' ')
            {
                i++;
            }
            else if (char.IsAsciiLetter(c))
            {
                i = ReadWord(text, i, end, into);
            }
            else if (c is ',' or '.')
            {
                into.Add(new Token(i, 1, TokenKind.Punct));
                i++;
            }
            else if (c == '\n')
            {
                into.Add(new Token(i, 1, TokenKind.Newline));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, into);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, into);
            }
            else if (IsApostrophe(c) && TryClitic(text, i, end, out var len))
            {
                into.Add(new Token(i, len, TokenKind.Clitic));
                i += len;
            }
            else
            {
                var kind = c is '$' or '€' or '£' or '¥' or '₽' or '₩' or '₴' or '₹' or '₪' or '₺' or '%' ? TokenKind.Symbol : TokenKind.Punct;
                into.Add(new Token(i, 1, kind));
                i++;
            }
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    public static bool IsDash(char c) => c is '-' or '‐' or '‑' or '–' or '—';

    private static int ReadNumber(string text, int start, int end, List<Token> into)
    {
        var i = start + 1;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            // Inner separators only when a digit follows: 10,000 · 1.2 · 11/10/2024 · 3:45
            if (c is ',' or '.' or '/' or ':' && i + 1 < end && char.IsDigit(text[i + 1])) { i += 2; continue; }
            break;
        }
        // Ordinals and glued units stay one token: 11th, 124th, 5km, 155mm.
        var j = i;
        while (j < end && char.IsLetter(text[j])) j++;
        if (j > i && j - i <= 3)
        {
            into.Add(new Token(start, j - start, TokenKind.Number));
            return j;
        }
        into.Add(new Token(start, i - start, TokenKind.Number));
        return i;
    }

    private static int ReadWord(string text, int start, int end, List<Token> into)
    {
        var i = start + 1;
        // Most words are plain ASCII letters: a tight loop over them before the general one below.
        var upToEnd = text.AsSpan(0, end);
        while (i < upToEnd.Length && char.IsAsciiLetter(upToEnd[i])) i++;
        if (i == end || EndsPlainWord(upToEnd[i], i - start))
        {
            into.Add(new Token(start, i - start, TokenKind.Word));
            return i;
        }
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD') { i++; continue; }
            if (i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // Abbreviations with inner periods: U.S., U.N. (a single letter before each period).
                if (c == '.' && IsInitialRun(text, start, i)) { i++; continue; }
                if (IsDash(c) && c != '—' && c != '–') { i++; continue; }
                // Inner apostrophes that are not clitics: O'Brien, Kyiv's stays split below.
                if (IsApostrophe(c) && !TryClitic(text, i, end, out _)) { i++; continue; }
            }
            break;
        }
        // Trailing period of an initialism (U.S.) belongs to the word: single letters separated by periods.
        if (i < end && text[i] == '.' && IsInitialRun(text, start, i) && i - start >= 3)
            i++;
        // Split the negative clitic off "don't", "didn't", "won't" → do/did/wo + n't.
        if (i - start >= 3 && text[i - 1] is 't' or 'T' && IsApostrophe(text[i - 2]) && text[i - 3] is 'n' or 'N')
        {
            into.Add(new Token(start, i - 3 - start, TokenKind.Word));
            into.Add(new Token(i - 3, 3, TokenKind.Clitic));
            return i;
        }
        into.Add(new Token(start, i - start, TokenKind.Word));
        return i;
    }

    /// <summary>
    /// After a run of ASCII letters, whether <paramref name="c"/> ends the word with nothing else to check: any ASCII
    /// character but a letter, digit, hyphen or apostrophe, or a period after two letters or more (not an initialism).
    /// </summary>
    private static bool EndsPlainWord(char c, int letters) =>
        c < 128 && !char.IsAsciiLetterOrDigit(c) && (c == '.' ? letters >= 2 : c is not ('-' or '\''));

    /// <summary>True when text[start..dot) looks like "U" or "U.S" — single letters joined by periods.</summary>
    private static bool IsInitialRun(string text, int start, int dot)
    {
        for (var k = start; k < dot; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return (dot - start) % 2 == 1;
    }

    /// <summary>Recognises 's, ', n't-free clitics ('re, 've, 'll, 'd, 'm) at an apostrophe.</summary>
    private static bool TryClitic(string text, int i, int end, out int length)
    {
        length = 0;
        var rest = end - i - 1;
        bool Boundary(int k) => k >= end || !char.IsLetterOrDigit(text[k]);
        if (rest >= 1 && text[i + 1] is 's' or 'S' && Boundary(i + 2)) { length = 2; return true; }
        if (rest >= 1 && text[i + 1] is 'd' or 'D' or 'm' or 'M' && Boundary(i + 2)) { length = 2; return true; }
        if (rest >= 2 && Boundary(i + 3))
        {
            var a = char.ToLowerInvariant(text[i + 1]);
            var b = char.ToLowerInvariant(text[i + 2]);
            if ((a, b) is ('r', 'e') or ('v', 'e') or ('l', 'l')) { length = 3; return true; }
        }
        // A bare possessive apostrophe after a plural: "the allies' troops".
        if (i > 0 && text[i - 1] is 's' or 'S' && Boundary(i + 1)) { length = 1; return true; }
        return false;
    }
}
