using System.Collections.Frozen;
using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Recognises lines that hold only a publication date or time: "Nov. 6, 2024", "Updated: 11/06/2024 14:20",
/// "Published 10 Nov 2024", "Wednesday 6 November 2024 09.15 GMT".
/// </summary>
internal static class DateOnlyLines
{
    private const int MaxLength = 80;

    private enum DateWord { Filler, Cue }

    private static readonly FrozenDictionary<string, DateWord> Words = BuildWords();
    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Reused so that classifying short lines allocates nothing after warm-up.
    [ThreadStatic] private static List<Token>? buffer;

    public static bool IsDateOnly(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        if (line.Length > MaxLength || line.IndexOfAnyInRange('0', '9') < 0) return false;

        var tokens = buffer ??= new List<Token>(16);
        tokens.Clear();
        Tokenizer.Tokenize(text, new TextSpan(start, end), tokens);
        var hasNumber = false;
        var hasCue = false;
        foreach (var token in tokens)
        {
            var t = token.In(text);
            switch (token.Kind)
            {
                case TokenKind.Number:
                    hasNumber = true;
                    // 11/06/2024, 14:20, and four-digit years say "date"; a bare 6 does not.
                    if (t.ContainsAny('/', ':') || IsYear(t)) hasCue = true;
                    break;
                case TokenKind.Word:
                    if (!WordLookup.TryGetValue(t, out var kind)) return false;
                    if (kind == DateWord.Cue) hasCue = true;
                    break;
                case TokenKind.Punct:
                    if (!(t[0] is ',' or '.' or ':' or '/' or '|' or '(' or ')' or '·' or '•' or '+' || SentenceChars.IsDash(t[0]))) return false;
                    break;
                default:
                    return false;
            }
        }
        return hasNumber && hasCue;
    }

    private static bool IsYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && number[0] is '1' or '2' && char.IsAsciiDigit(number[3]);

    private static FrozenDictionary<string, DateWord> BuildWords()
    {
        var d = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in (string[])
                 ["january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
                  "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
                  "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
                  "friday", "fri", "saturday", "sat", "sunday", "sun",
                  "published", "updated", "posted", "modified", "dated", "ago"])
            d[w] = DateWord.Cue;
        foreach (var w in (string[])
                 ["on", "at", "of", "the", "last", "first", "date", "time", "local", "am", "pm", "a.m.", "p.m.",
                  "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "pst", "pdt",
                  "et", "pt", "ist", "jst", "kst", "z", "h", "hour", "hours", "hr", "hrs", "minute", "minutes", "min",
                  "mins", "day", "days"])
            d[w] = DateWord.Filler;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
