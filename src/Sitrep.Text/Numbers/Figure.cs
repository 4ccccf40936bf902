namespace Sitrep.Text;

/// <summary>
/// One figure with its scale: "10,000", "1.2 million", "$2bn" (the "2bn" part), "twelve thousand".
/// <see cref="Base"/> × <see cref="Scale"/> is the value; keeping them apart lets "10-12 thousand"
/// lend its scale to the first end.
/// </summary>
internal readonly record struct Figure(
    double Base,
    double Scale,
    int First,
    int Last,
    int DigitToken,
    DigitNumber Digits,
    bool FromWords,
    bool BareOne,
    bool HasScaleWord)
{
    public double Value => Base * Scale;

    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, bool allowAnd, out Figure figure)
    {
        figure = default;
        if (i >= tokens.Length) return false;
        var t = tokens[i];
        if (t.IsNumber)
        {
            if (!DigitNumber.TryRead(t.In(text), out var n)) return false;
            if (n.Suffix == NumberSuffix.Scale)
            {
                figure = new Figure(n.Value, n.SuffixScale, i, i, i, n, false, false, true);
                return true;
            }
            if (n.Suffix == NumberSuffix.None && !n.HasColon && !n.HasSlash && Scales.At(text, tokens, i + 1, out var scale))
            {
                figure = new Figure(n.Value, scale, i, i + 1, i, n, false, false, true);
                return true;
            }
            figure = new Figure(n.Value, 1, i, i, i, n, false, false, false);
            return true;
        }
        if (!t.IsWord || !NumberWords.TryRead(text, tokens, i, allowAnd, out var w)) return false;
        var trailing = w.TrailingScale > 1 ? w.TrailingScale : 1;
        figure = new Figure(w.Value / trailing, trailing, w.First, w.Last, -1, default, true, w.BareOne, w.HasScale);
        return true;
    }

    /// <summary>"10-12 thousand", "1 to 1.5 million": the second end's scale applies to a smaller bare first end.</summary>
    public Figure WithScaleOf(Figure other) =>
        Scale == 1 && other.Scale > 1 && Base < other.Base ? this with { Scale = other.Scale } : this;
}

/// <summary>A figure with the currency or percent sign around it: "US$1.5bn", "40 per cent", "500 million euros".</summary>
internal readonly record struct Amount(Figure Figure, int First, int Last, string? Unit, bool IsWeight)
{
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int i, bool allowAnd, out Amount amount)
    {
        amount = default;
        if (i >= tokens.Length) return false;
        string? unit = null;
        var k = i;
        if (Currencies.TryPrefix(text, tokens, k, out var prefix, out var length))
        {
            unit = prefix;
            k += length;
        }
        if (!Figure.TryRead(text, tokens, k, allowAnd, out var figure)) return false;
        if (figure.Digits.Suffix == NumberSuffix.Percent) unit = "%";

        var last = figure.Last;
        var isWeight = false;
        var n = last + 1;
        if (n < tokens.Length)
        {
            if (tokens[n].IsChar(text, '%')) (unit, last) = ("%", n);
            else if (tokens[n].IsWord(text, "percent") || tokens[n].IsWord(text, "pct")) (unit, last) = ("%", n);
            else if (tokens[n].IsWord(text, "per") && TokenWords.WordAt(text, tokens, n + 1, "cent")) (unit, last) = ("%", n + 1);
            else if (tokens[n].IsWord(text, "percentage") && (TokenWords.WordAt(text, tokens, n + 1, "points")
                     || TokenWords.WordAt(text, tokens, n + 1, "point")))
                (unit, last) = ("pp", n + 1);
            else if (Currencies.TrySuffix(text, tokens, n, out var suffix, out var suffixLength))
            {
                isWeight = Currencies.IsWeightPound(text, tokens, n);
                unit ??= suffix;
                last = n + suffixLength - 1;
            }
        }
        amount = new Amount(figure, i, last, unit, isWeight);
        return true;
    }
}
