namespace Sitrep.Analyze;

/// <summary>
/// The words that make a reported agreement a pact, and those that make it a defence pact. Matching is
/// case-insensitive on word boundaries, and a space in a phrase also matches a hyphen ("mutual-defence").
/// </summary>
internal static class PactWords
{
    private static readonly string[] Pact =
    [
        "treaty", "treaties", "pact", "pacts", "alliance", "alliances", "mutual defence", "mutual defense",
        "mutual assistance", "security guarantee", "security guarantees", "defence agreement", "defense agreement",
    ];

    // "treaty" alone covers trade and border treaties too; only these make the pact one to defend each other.
    private static readonly string[] Defence =
    [
        "mutual defence", "mutual defense", "mutual assistance", "defence pact", "defense pact", "defence treaty",
        "defense treaty", "defence agreement", "defense agreement", "military alliance", "security guarantee",
        "security guarantees", "collective defence", "collective defense",
    ];

    public static bool MentionsPact(string text) => ContainsAny(text, Pact);

    public static bool MentionsDefence(string text) => ContainsAny(text, Defence);

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
            if (Contains(text, phrase)) return true;
        return false;
    }

    private static bool Contains(string text, string phrase)
    {
        // Search for the first word only, then walk the rest; no substring or split per call.
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? phrase.AsSpan() : phrase.AsSpan(0, space);
        for (var at = IndexOf(text, first, 0); at >= 0; at = IndexOf(text, first, at + 1))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            var end = MatchFrom(text, at, phrase);
            if (end >= 0 && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    private static int IndexOf(string text, ReadOnlySpan<char> word, int from)
    {
        var found = text.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Where <paramref name="phrase"/> ends if it matches at <paramref name="start"/>, else -1.</summary>
    private static int MatchFrom(string text, int start, string phrase)
    {
        var i = start;
        foreach (var c in phrase)
        {
            if (c == ' ')
            {
                if (i >= text.Length || (text[i] != ' ' && text[i] != '-')) return -1;
                while (i < text.Length && (text[i] == ' ' || text[i] == '-')) i++;
                continue;
            }
            if (i >= text.Length || char.ToLowerInvariant(text[i]) != c) return -1;
            i++;
        }
        return i;
    }
}
