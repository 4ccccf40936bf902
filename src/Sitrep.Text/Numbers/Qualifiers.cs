namespace Sitrep.Text;

/// <summary>
/// Hedges and bounds written before a figure ("some 10,000", "at least 60,000", "as many as 15,000"),
/// normalised to the seven qualifiers the rest of Sitrep understands.
/// </summary>
internal static class Qualifiers
{
    public const string About = "about";
    public const string Nearly = "nearly";
    public const string AtLeast = "at least";
    public const string MoreThan = "more than";
    public const string UpTo = "up to";
    public const string FewerThan = "fewer than";
    public const string Vague = "vague";

    private sealed record Phrase(string[] Words, string Normalised);

    // Keyed by first word; each list is longest first so "just under" wins over "under" and
    // "no more than" over nothing at all.
    private static readonly WordTable<Phrase[]> ByFirstWord = Build(
        (About, ["about", "around", "roughly", "approximately", "approx", "some", "circa", "ca", "estimated",
                 "an estimated", "an approximate", "in the region of", "on the order of", "~"]),
        (Nearly, ["nearly", "almost", "close to", "just under", "just below", "just short of", "not quite"]),
        (AtLeast, ["at least", "a minimum of", "no fewer than", "no less than", "not less than", "not fewer than"]),
        (MoreThan, ["more than", "over", "in excess of", "upwards of", "above", "just over", "well over",
                    "well above", "greater than", "beyond"]),
        (UpTo, ["up to", "as many as", "as much as", "as high as", "a maximum of", "at most", "no more than",
                "not more than"]),
        (FewerThan, ["fewer than", "less than", "under", "below", "well under", "well below"]));

    /// <summary>Every word (or sign, "~") a qualifier starts with.</summary>
    public static IEnumerable<string> FirstWords => ByFirstWord.Words;

    /// <summary>Matches a qualifier at token <paramref name="i"/>; returns its normalised form and length in tokens.</summary>
    public static bool TryMatch(string text, ReadOnlySpan<Token> tokens, int i, out string qualifier, out int length)
    {
        qualifier = "";
        length = 0;
        var t = tokens[i];
        if (t.Kind is not (TokenKind.Word or TokenKind.Punct) || !ByFirstWord.TryGet(t.In(text), out var phrases)) return false;
        foreach (var p in phrases)
        {
            if (!Matches(text, tokens, i, p.Words)) continue;
            length = p.Words.Length;
            // "approx." and "ca." carry their period along.
            if (length == 1 && i + 1 < tokens.Length && tokens[i + 1].IsChar(text, '.') && t.Touches(tokens[i + 1])
                && p.Words[0] is "approx" or "ca")
                length = 2;
            qualifier = p.Normalised;
            return true;
        }
        return false;
    }

    private static bool Matches(string text, ReadOnlySpan<Token> tokens, int i, string[] words)
    {
        if (i + words.Length > tokens.Length) return false;
        for (var w = 0; w < words.Length; w++)
        {
            if (!tokens[i + w].In(text).Equals(words[w], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private static WordTable<Phrase[]> Build(params (string Normalised, string[] Phrases)[] groups)
    {
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (normalised, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                var words = phrase.Split(' ');
                if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
                list.Add(new Phrase(words, normalised));
            }
        }
        return new WordTable<Phrase[]>(byFirst.Select(kv =>
            KeyValuePair.Create(kv.Key, kv.Value.OrderByDescending(p => p.Words.Length).ToArray())));
    }
}
