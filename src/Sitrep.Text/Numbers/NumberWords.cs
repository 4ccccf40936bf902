namespace Sitrep.Text;

/// <summary>A number written in words: "thirty-one", "two hundred and fifty", "half a million", "a dozen".</summary>
/// <param name="Value">The whole value.</param>
/// <param name="TrailingScale">The scale word it ends with ("twelve thousand" → 1000), else 1.</param>
/// <param name="First">First token.</param>
/// <param name="Last">Last token (inclusive).</param>
/// <param name="BareOne">Just the word "one": accepted only before a scale or a counted noun.</param>
/// <param name="HasScale">A scale word was read ("a dozen", "two hundred"): a number on its own, whatever follows.</param>
internal readonly record struct WordNumber(double Value, double TrailingScale, int First, int Last, bool BareOne, bool HasScale);

internal static class NumberWords
{
    private static readonly WordTable<int> Small = new(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    private enum Last { None, Unit, Tens, Hundred, Scale, And }

    /// <summary>
    /// Every word a word number can start with (hyphenated ones aside, see <see cref="IsCompound"/>): the small
    /// numbers, the article of "a hundred" and the fractions of "half a million". Keep in step with <see cref="TryRead"/>.
    /// </summary>
    public static IEnumerable<string> StartWords => [.. Small.Words, "a", "an", "half", "quarter"];

    /// <summary>Reads a word number starting at token <paramref name="i"/>.</summary>
    /// <param name="allowAnd">False inside "between … and …", where "and" ends the first figure.</param>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, bool allowAnd, out WordNumber number)
    {
        number = default;
        if (i >= tokens.Length || !tokens[i].IsWord) return false;
        if (TryFraction(text, tokens, i, out number)) return true;

        double total = 0, current = 0, trailing = 1, lastLarge = double.MaxValue;
        var last = Last.None;
        var end = -1;
        var hasScale = false;
        var k = i;
        // "a hundred", "a thousand", "a dozen": the article counts as one, but only before a scale.
        if (tokens[i].IsWord(text, "a") || tokens[i].IsWord(text, "an"))
        {
            if (!Scales.At(text, tokens, i + 1, out _)) return false;
            current = 1;
            last = Last.Unit;
            k = i + 1;
        }

        for (; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (!t.IsWord) break;
            var w = t.In(text);
            if (TryCompound(w, out var v) || Small.TryGet(w, out v))
            {
                var isTens = v >= 20 && v % 10 == 0;
                var fits = last is Last.None or Last.Hundred or Last.Scale or Last.And
                    || (last == Last.Tens && v is > 0 and < 10);
                if (!fits) break;
                current += v;
                last = isTens ? Last.Tens : Last.Unit;
                trailing = 1;
            }
            else if (Scales.TryGet(w, out var scale))
            {
                if (last is not (Last.Unit or Last.Tens or Last.Hundred)) break;
                hasScale = true;
                if (scale == 12)
                {
                    // "two dozen" ends the number: nothing idiomatic follows a dozen.
                    if (last == Last.Hundred) break;
                    current *= 12;
                    end = k;
                    trailing = 1;
                    break;
                }
                if (scale == 100)
                {
                    if (last == Last.Hundred || current >= 100 || current == 0) break;
                    current *= 100;
                    last = Last.Hundred;
                    trailing = 100;
                }
                else
                {
                    if (scale >= lastLarge) break;
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                    lastLarge = scale;
                    last = Last.Scale;
                    trailing = scale;
                }
            }
            else if (allowAnd && last is Last.Hundred or Last.Scale && w.Equals("and", StringComparison.OrdinalIgnoreCase)
                && k + 1 < tokens.Length && tokens[k + 1].IsWord
                && (Small.TryGet(tokens[k + 1].In(text), out _) || TryCompound(tokens[k + 1].In(text), out _)))
            {
                // British "two hundred and fifty".
                last = Last.And;
                continue;
            }
            else break;
            end = k;
        }

        if (end < 0 || last == Last.And) return false;
        var value = total + current;
        var bareOne = end == i && value == 1;
        number = new WordNumber(value, trailing, i, end, bareOne, hasScale);
        return true;
    }

    public static bool IsNumberWord(ReadOnlySpan<char> word) => Small.TryGet(word, out _) || TryCompound(word, out _);

    /// <summary>The one-word numbers, "zero" to "ninety"; hyphenated ones ("thirty-one") are <see cref="IsCompound"/>.</summary>
    public static IEnumerable<string> SmallWords => Small.Words;

    /// <summary>A hyphenated tens-and-unit number word: "thirty-one".</summary>
    public static bool IsCompound(ReadOnlySpan<char> word) => TryCompound(word, out _);

    /// <summary>"half a million", "a half million", "half a dozen", "a quarter of a million".</summary>
    private static bool TryFraction(string text, ReadOnlySpan<Token> tokens, int i, out WordNumber number)
    {
        number = default;
        var k = i;
        if (TokenWords.WordAt(text, tokens, k, "a")) k++;
        double fraction;
        if (TokenWords.WordAt(text, tokens, k, "half")) fraction = 0.5;
        else if (TokenWords.WordAt(text, tokens, k, "quarter")) fraction = 0.25;
        else return false;
        k++;
        if (TokenWords.WordAt(text, tokens, k, "of")) k++;
        if (TokenWords.WordAt(text, tokens, k, "a") || TokenWords.WordAt(text, tokens, k, "an")) k++;
        if (!Scales.At(text, tokens, k, out var scale)) return false;
        number = new WordNumber(fraction * scale, Scales.IsLarge(scale) ? scale : 1, i, k, false, true);
        return true;
    }

    /// <summary>Hyphenated tens and units inside one token: "thirty-one", "ninety‑nine".</summary>
    private static bool TryCompound(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        var dash = -1;
        for (var c = 0; c < word.Length; c++)
        {
            if (Tokenizer.IsDash(word[c])) { dash = c; break; }
        }
        if (dash <= 0) return false;
        if (!Small.TryGet(word[..dash], out var tens) || tens < 20 || tens % 10 != 0) return false;
        if (!Small.TryGet(word[(dash + 1)..], out var unit) || unit is < 1 or > 9) return false;
        value = tens + unit;
        return true;
    }
}
