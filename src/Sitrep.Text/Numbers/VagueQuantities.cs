namespace Sitrep.Text;

/// <summary>
/// Quantities without a figure: "dozens", "scores of", "hundreds", "tens of thousands", "several hundred".
/// Each gives only a floor (the smallest value the words allow): "hundreds" means at least two hundred.
/// </summary>
internal static class VagueQuantities
{
    // Plural counting words and the least they can mean on their own.
    private static readonly WordTable<double> Plurals = new(new Dictionary<string, double>
    {
        ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2e3, ["millions"] = 2e6, ["billions"] = 2e9,
        ["tens"] = 20,
    });

    // Plural scales that can follow "tens of" / "hundreds of" / "dozens of".
    private static readonly WordTable<double> OfScales = new(new Dictionary<string, double>
    {
        ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
    });

    /// <summary>Every word a vague quantity can start with: keep in step with <see cref="TryMatch"/> and <see cref="TryModified"/>.</summary>
    public static IEnumerable<string> StartWords => ["several", "a", "many", .. Plurals.Words];

    /// <summary>Matches a vague quantity at <paramref name="i"/>; <paramref name="last"/> is its last token.</summary>
    public static bool TryMatch(string text, ReadOnlySpan<Token> tokens, int i, out double low, out int last)
    {
        low = 0;
        last = i;
        var t = tokens[i];
        if (!t.IsWord) return false;
        if (TryModified(text, tokens, i, out low, out last)) return true;
        if (!Plurals.TryGet(t.In(text), out var floor)) return false;

        var hasOf = TokenWords.WordAt(text, tokens, i + 1, "of");
        if (hasOf && i + 2 < tokens.Length && tokens[i + 2].IsWord && OfScales.TryGet(tokens[i + 2].In(text), out var scale)
            && floor < 1e3)
        {
            low = floor * scale;
            last = i + 2;
            return true;
        }
        // "scores" and "tens" are counts only in "scores of people", "tens of thousands"; otherwise they are
        // a verb ("scores a point") or noise.
        if (t.IsWord(text, "tens")) return false;
        if (t.IsWord(text, "scores") && !hasOf) return false;
        // A figure before ("two hundreds") is not vague; leave it alone.
        if (i > 0 && (tokens[i - 1].IsNumber || (tokens[i - 1].IsWord && NumberWords.IsNumberWord(tokens[i - 1].In(text)))))
            return false;
        low = floor;
        return true;
    }

    /// <summary>"several hundred", "a few thousand", "many thousands", "several hundred thousand".</summary>
    private static bool TryModified(string text, ReadOnlySpan<Token> tokens, int i, out double low, out int last)
    {
        low = 0;
        last = i;
        double times;
        int k;
        if (tokens[i].IsWord(text, "several")) (times, k) = (3, i + 1);
        else if (tokens[i].IsWord(text, "a") && TokenWords.WordAt(text, tokens, i + 1, "few")) (times, k) = (2, i + 2);
        else if (tokens[i].IsWord(text, "many")) (times, k) = (2, i + 1);
        else return false;

        if (k >= tokens.Length || !tokens[k].IsWord) return false;
        var w = tokens[k].In(text);
        if (!TryCountingScale(w, out var scale)) return false;

        // "several hundred thousand" multiplies on.
        if (scale == 100 && Scales.At(text, tokens, k + 1, out var next) && Scales.IsLarge(next))
        {
            scale *= next;
            k++;
        }
        low = times * scale;
        last = k;
        return true;
    }

    /// <summary>dozen, hundred, thousand, million, billion, singular or plural.</summary>
    private static bool TryCountingScale(ReadOnlySpan<char> word, out double scale)
    {
        if (Scales.TryGet(word, out scale)) return scale is 12 or 100 or 1e3 or 1e6 or 1e9;
        if (OfScales.TryGet(word, out scale)) return true;
        if (word.Equals("hundreds", StringComparison.OrdinalIgnoreCase)) { scale = 100; return true; }
        if (word.Equals("dozens", StringComparison.OrdinalIgnoreCase)) { scale = 12; return true; }
        return false;
    }
}
