using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Finds the quantities in one sentence: figures, word numbers, vague amounts, ranges, money and
/// percentages, with their qualifiers. Works on the sentence's tokens and offsets only; the one
/// allocation is the <see cref="Quantity"/> list the caller passes in.
/// </summary>
public static class QuantityScanner
{
    private enum RangeMode { None, Between, From }

    // "rose from 300 to 500" reports a change between two figures, not a range.
    private static readonly WordSet ChangeVerbs = new(
        "rise", "rises", "rose", "risen", "rising", "increase", "increased", "increases", "increasing", "grow", "grew",
        "grown", "grows", "growing", "climb", "climbed", "climbs", "climbing", "jump", "jumped", "jumps", "fell", "fall",
        "falls", "fallen", "falling", "drop", "dropped", "drops", "dropping", "decline", "declined", "declines",
        "decrease", "decreased", "decreases", "surge", "surged", "surges", "soar", "soared", "soars", "swell",
        "swelled", "swollen", "shrank", "shrunk", "shrink", "doubled", "tripled", "trebled", "halved", "raised",
        "raise", "cut", "reduced", "reduce", "lowered", "boosted", "revised", "upgraded", "downgraded", "expanded",
        "went", "up", "down");

    public static List<Quantity> Scan(string text, IReadOnlyList<Token> tokens)
    {
        var list = new List<Quantity>();
        Scan(text, tokens, list);
        return list;
    }

    /// <summary>Appends the quantities found in <paramref name="tokens"/> (the tokens of one sentence) to <paramref name="into"/>.</summary>
    public static void Scan(string text, IReadOnlyList<Token> tokens, List<Quantity> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(into);
        var span = TokenLists.AsSpan(tokens);
        Span<TokenClass> classes = span.Length <= TokenClasses.StackLimit ? stackalloc TokenClass[span.Length] : new TokenClass[span.Length];
        var all = TokenClasses.Classify(text, span, classes);
        Scan(text, span, classes, all, into);
    }

    /// <summary>Scans with the token classes already known (<paramref name="all"/> is their union).</summary>
    internal static void Scan(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenClass> classes, TokenClass all, List<Quantity> into)
    {
        // Every quantity has a digit, a currency or percent sign, or a number, scale or counting word in it:
        // most sentences have none, and the scan stops here.
        if ((all & (TokenClass.Number | TokenClass.QuantityHint)) == 0) return;
        var i = 0;
        var figure = -1;
        while (i < tokens.Length)
        {
            // Nothing is read from a token too far before the next digit or quantity word: skip to within reach.
            if (figure < i && (figure = NextFigure(classes, i)) < 0) break;
            if (figure - i > Reach)
            {
                i = figure - Reach;
                continue;
            }
            // A token no quantity starts with is passed over without trying the readers.
            i = (classes[i] & (TokenClass.Number | TokenClass.QuantityStart)) != 0 ? ScanAt(text, tokens, i, into) : i + 1;
        }
    }

    /// <summary>
    /// How many tokens a quantity's first digit or quantity word (see <see cref="HintWords"/>) can lie after its first
    /// token: the longest qualifier ("in the region of", 4), "between" or "from" (1), a currency before the figure
    /// ("US $", 2) and the start of a fraction before its scale ("a quarter of a million", 4). From further away
    /// <see cref="ScanAt"/> reads nothing and moves one token on.
    /// </summary>
    private const int Reach = 11;

    /// <summary>The first token from <paramref name="from"/> on that is a number or a quantity word or sign, or -1.</summary>
    private static int NextFigure(ReadOnlySpan<TokenClass> classes, int from)
    {
        for (var k = from; k < classes.Length; k++)
        {
            if ((classes[k] & (TokenClass.Number | TokenClass.QuantityHint)) != 0) return k;
        }
        return -1;
    }

    private static readonly string[] CountingWords = ["dozen", "dozens", "score", "scores", "hundreds", "thousands", "millions", "billions", "tens", "half", "percent", "per"];

    /// <summary>Number words ("twenty"), scale words ("million") and counting words: one of them, a digit or a sign is in every quantity.</summary>
    internal static IEnumerable<string> HintWords => [.. NumberWords.SmallWords, .. Scales.All, .. CountingWords];

    /// <summary>
    /// Every word or sign <see cref="ScanAt"/> can start a quantity with besides a digit: keep in step with it and
    /// with the readers it calls (vague amounts, qualifiers, ranges, currencies before a figure, word numbers).
    /// </summary>
    internal static IEnumerable<string> StartWords =>
        ["between", "from", .. VagueQuantities.StartWords, .. Qualifiers.FirstWords, .. Currencies.PrefixWords, .. NumberWords.StartWords];

    /// <summary>Tries to read a quantity starting at token <paramref name="i"/>; returns where to look next.</summary>
    private static int ScanAt(string text, ReadOnlySpan<Token> tokens, int i, List<Quantity> into)
    {
        var t = tokens[i];
        if (t.Kind is TokenKind.Newline or TokenKind.Clitic) return i + 1;
        if (VagueQuantities.TryMatch(text, tokens, i, out var floor, out var vagueLast))
            return AddVague(text, tokens, i, vagueLast, floor, into);

        var start = i;
        var j = i;
        string? qualifier = null;
        if (Qualifiers.TryMatch(text, tokens, i, out var q, out var qLength))
        {
            qualifier = q;
            j = i + qLength;
            if (j >= tokens.Length) return i + 1;
        }

        var mode = RangeMode.None;
        if (tokens[j].IsWord(text, "between")) (mode, j) = (RangeMode.Between, j + 1);
        else if (tokens[j].IsWord(text, "from") && !ChangeVerbs.At(text, tokens, j - 1)) (mode, j) = (RangeMode.From, j + 1);

        if (!Amount.TryRead(text, tokens, j, mode != RangeMode.Between, out var a)) return i + 1;
        if (QuantityExclusions.IsExcluded(text, tokens, a, out var skipTo)) return Math.Max(i, skipTo) + 1;

        var last = a.Last;
        Amount? b = null;
        if (!IsChange(text, tokens, start, a) && IsConnector(text, tokens, a.Last + 1, mode)
            && Amount.TryRead(text, tokens, a.Last + 2, true, out var second)
            && (a.Unit is null || second.Unit is null || a.Unit == second.Unit))
        {
            if (QuantityExclusions.IsExcluded(text, tokens, second, out var secondSkip)) return Math.Max(i, secondSkip) + 1;
            if (a.Figure.WithScaleOf(second.Figure).Value <= second.Figure.Value) (b, last) = (second, second.Last);
            // A falling pair joined by a dash ("won 2-1", "voted 13-2") is a score or a tally; joined by a
            // word ("sent 5,000 to 12 hospitals") the first figure stands alone and the second is read next.
            else if (tokens[a.Last + 1].IsDash(text)) return second.Last + 1;
        }
        if (b is null && mode != RangeMode.None)
        {
            // "between" or "from" without its partner: the figure stands alone.
            start = a.First;
            qualifier = null;
        }
        if (QuantityExclusions.IsNotCountInContext(text, tokens, start, last)) return last + 1;

        if (a.Figure.FromWords && !WordNumberCounts(text, tokens, a, b, last)) return last + 1;
        var span = new TextSpan(tokens[start].Start, tokens[last].End);
        if (b is not { } end)
        {
            into.Add(Single(span, start, last, qualifier, a));
            return last + 1;
        }
        var low = a.Figure.WithScaleOf(end.Figure).Value;
        into.Add(new Quantity(span, start, last, null, low, end.Figure.Value, qualifier, a.Unit ?? end.Unit));
        return last + 1;
    }

    /// <summary>
    /// "rose from 300 to 500", "rise by almost 25% to 13.5 trillion": a change from or by one figure to
    /// another, so "to" does not join them into a range.
    /// </summary>
    private static bool IsChange(string text, ReadOnlySpan<Token> tokens, int start, in Amount a) =>
        (TokenWords.WordAt(text, tokens, a.First - 1, "from") && ChangeVerbs.At(text, tokens, a.First - 2))
        || TokenWords.WordAt(text, tokens, start - 1, "by");

    private static bool IsConnector(string text, ReadOnlySpan<Token> tokens, int k, RangeMode mode)
    {
        if (k >= tokens.Length) return false;
        var t = tokens[k];
        return mode switch
        {
            RangeMode.Between => t.IsWord(text, "and"),
            RangeMode.From => t.IsWord(text, "to") || t.IsDash(text),
            _ => t.IsWord(text, "to") || t.IsWord(text, "or") || t.IsDash(text),
        };
    }

    /// <summary>A single figure; bounds go to Low or High by qualifier, everything else keeps the value.</summary>
    private static Quantity Single(TextSpan span, int start, int last, string? qualifier, in Amount a)
    {
        var value = a.Figure.Value;
        return qualifier switch
        {
            Qualifiers.AtLeast or Qualifiers.MoreThan => new Quantity(span, start, last, null, value, null, qualifier, a.Unit),
            Qualifiers.UpTo or Qualifiers.FewerThan => new Quantity(span, start, last, null, null, value, qualifier, a.Unit),
            _ => new Quantity(span, start, last, value, null, null, qualifier, a.Unit),
        };
    }

    /// <summary>Word numbers must count something: a scale, a unit or a noun after them; bare "one" needs a counted noun.</summary>
    private static bool WordNumberCounts(string text, ReadOnlySpan<Token> tokens, in Amount a, Amount? b, int last)
    {
        if (a.Unit is not null || a.Figure.HasScaleWord || (b is { } e && (e.Unit is not null || e.Figure.HasScaleWord))) return true;
        if (b is null && a.Figure.BareOne) return CountedNouns.CountedSingularAfter(text, tokens, last);
        return CountedNouns.NounLikeAfter(text, tokens, last);
    }

    private static int AddVague(string text, ReadOnlySpan<Token> tokens, int i, int last, double floor, List<Quantity> into)
    {
        string? unit = null;
        // "billions of dollars": the currency belongs to the quantity.
        if (TokenWords.WordAt(text, tokens, last + 1, "of") && Currencies.TrySuffix(text, tokens, last + 2, out var code, out var length)
            && !Currencies.IsWeightPound(text, tokens, last + 2))
        {
            unit = code;
            last += 1 + length;
        }
        var span = new TextSpan(tokens[i].Start, tokens[last].End);
        into.Add(new Quantity(span, i, last, null, floor, null, Qualifiers.Vague, unit));
        return last + 1;
    }
}
