using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>Currency written before ("$", "US$", "€", "USD") or after ("dollars", "roubles", "won") a figure.</summary>
internal static class Currencies
{
    private static readonly WordTable<string> Signs = new(new Dictionary<string, string>
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₽"] = "RUB", ["₩"] = "KRW", ["₴"] = "UAH",
        ["₹"] = "INR", ["₪"] = "ILS", ["₺"] = "TRY",
    });

    // Letters written straight before a dollar sign: US$, A$, C$, HK$, NZ$, S$.
    private static readonly WordTable<string> DollarPrefixes = new(new Dictionary<string, string>
    {
        ["US"] = "USD", ["U.S."] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD",
        ["CAN"] = "CAD", ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD", ["NT"] = "TWD",
    });

    // ISO codes, matched case-sensitively so "try" and "won" the verbs never match.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup =
        new[] { "USD", "EUR", "GBP", "RUB", "KRW", "KPW", "UAH", "CNY", "JPY", "INR", "ILS", "IRR", "SAR", "TRY", "CHF", "AUD", "CAD" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordTable<string> Names = new(new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP",
        ["pounds"] = "GBP", ["sterling"] = "GBP", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB",
        ["rubles"] = "RUB", ["won"] = "KRW", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["hryvnya"] = "UAH",
        ["hryvnyas"] = "UAH", ["hryvnia's"] = "UAH", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["yen"] = "JPY",
        ["rupee"] = "INR", ["rupees"] = "INR", ["shekel"] = "ILS", ["shekels"] = "ILS", ["rial"] = "IRR",
        ["rials"] = "IRR", ["riyal"] = "SAR", ["riyals"] = "SAR", ["lira"] = "TRY", ["liras"] = "TRY",
    });

    // Adjectives that change which dollar is meant: "Canadian dollars", "Hong Kong dollars".
    private static readonly WordTable<string> DollarAdjectives = new(new Dictionary<string, string>
    {
        ["US"] = "USD", ["U.S."] = "USD", ["American"] = "USD", ["Canadian"] = "CAD", ["Australian"] = "AUD",
        ["Singapore"] = "SGD", ["Taiwan"] = "TWD", ["Taiwanese"] = "TWD",
    });

    /// <summary>Every sign or word a currency before a figure starts with (codes in any case: a superset is enough for a prefilter).</summary>
    public static IEnumerable<string> PrefixWords => [.. Signs.Words, .. DollarPrefixes.Words, .. CodeLookup.Set];

    /// <summary>A currency before a figure: "$", "US$", "€", "USD". Returns the code and the tokens used.</summary>
    public static bool TryPrefix(string text, ReadOnlySpan<Token> tokens, int i, out string code, out int length)
    {
        code = "";
        length = 0;
        var t = tokens[i];
        if (t.Length == 1 && t.Kind is TokenKind.Symbol or TokenKind.Punct && Signs.TryGet(t.In(text), out code))
        {
            length = 1;
            return true;
        }
        if (t.Kind != TokenKind.Word) return false;
        if (i + 1 < tokens.Length && tokens[i + 1].IsChar(text, '$') && t.Touches(tokens[i + 1])
            && DollarPrefixes.TryGet(t.In(text), out code))
        {
            length = 2;
            return true;
        }
        if (CodeLookup.TryGetValue(t.In(text), out var iso))
        {
            code = iso;
            length = 1;
            return true;
        }
        return false;
    }

    /// <summary>A currency after a figure: "dollars", "US dollars", "Canadian dollars", "roubles", "USD".</summary>
    public static bool TrySuffix(string text, ReadOnlySpan<Token> tokens, int i, out string code, out int length)
    {
        code = "";
        length = 0;
        if (i >= tokens.Length || tokens[i].Kind != TokenKind.Word) return false;
        var w = tokens[i].In(text);
        if (DollarAdjectives.TryGet(w, out var adjCode) && i + 1 < tokens.Length && tokens[i + 1].IsWord
            && (tokens[i + 1].IsWord(text, "dollars") || tokens[i + 1].IsWord(text, "dollar")))
        {
            code = adjCode;
            length = 2;
            return true;
        }
        if (Names.TryGet(w, out code))
        {
            length = 1;
            // "pounds sterling" is one currency, not two.
            if (code == "GBP" && TokenWords.WordAt(text, tokens, i + 1, "sterling")) length = 2;
            return true;
        }
        if (CodeLookup.TryGetValue(w, out var iso))
        {
            code = iso;
            length = 1;
            return true;
        }
        return false;
    }

    /// <summary>"pounds of explosives", "a 2,000-pound bomb": weight, not money.</summary>
    public static bool IsWeightPound(string text, ReadOnlySpan<Token> tokens, int i) =>
        (tokens[i].IsWord(text, "pounds") || tokens[i].IsWord(text, "pound")) && TokenWords.WordAt(text, tokens, i + 1, "of");
}
