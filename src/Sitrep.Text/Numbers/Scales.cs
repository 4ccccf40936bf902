namespace Sitrep.Text;

/// <summary>Words that multiply the figure before them: "1.2 million", "two dozen", "$3 bn".</summary>
internal static class Scales
{
    private static readonly WordTable<double> Words = new(new Dictionary<string, double>
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["dozen"] = 12, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    });

    /// <summary>Every scale word.</summary>
    public static IEnumerable<string> All => Words.Words;

    public static bool TryGet(ReadOnlySpan<char> word, out double scale) => Words.TryGet(word, out scale);

    public static bool At(string text, ReadOnlySpan<Token> tokens, int i, out double scale)
    {
        scale = 1;
        return i >= 0 && i < tokens.Length && tokens[i].IsWord && Words.TryGet(tokens[i].In(text), out scale);
    }

    /// <summary>Thousand and above: the scales that make "10-12 thousand" apply to both ends.</summary>
    public static bool IsLarge(double scale) => scale >= 1e3;
}
