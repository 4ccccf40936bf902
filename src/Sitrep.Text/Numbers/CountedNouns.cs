namespace Sitrep.Text;

/// <summary>
/// Whether a word number counts something. "Two soldiers" and "one drone" do; "one of the", "one day",
/// "the two met" mostly do not. The scanner cannot know what is counted — that is the caller's job —
/// but it can refuse word numbers that are plainly not followed by a noun.
/// </summary>
internal static class CountedNouns
{
    // Singular nouns that make "one" a count: "one soldier was killed", "one drone was shot down".
    private static readonly WordSet Singular = new(
        "soldier", "serviceman", "servicewoman", "servicemember", "troop", "civilian", "person", "man", "woman",
        "child", "boy", "girl", "baby", "infant", "teenager", "fighter", "militant", "insurgent", "rebel", "officer",
        "policeman", "policewoman", "guard", "journalist", "reporter", "photographer", "worker", "doctor", "nurse",
        "medic", "paramedic", "volunteer", "prisoner", "hostage", "detainee", "refugee", "migrant", "casualty",
        "victim", "body", "resident", "pilot", "sailor", "crew", "commander", "official",
        "drone", "missile", "rocket", "shell", "bomb", "mine", "tank", "vehicle", "truck", "aircraft", "plane", "jet",
        "fighter-bomber", "helicopter", "ship", "vessel", "boat", "submarine", "warship", "frigate", "destroyer",
        "building", "house", "home", "hospital", "school", "village", "town", "city", "bridge", "brigade",
        "battalion", "division", "regiment", "launcher", "battery", "satellite", "warhead", "interceptor", "attack",
        "strike", "dead", "killed", "wounded", "injured", "dollar", "euro", "percent");

    // Words that cannot be what a number counts: articles, prepositions, pronouns, auxiliaries.
    private static readonly WordSet Function = new(
        "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "by", "for", "with", "from", "as", "into",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "shall", "should", "that", "this", "these", "those", "it",
        "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i",
        "me", "my", "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "than", "then",
        "so", "if", "also", "more", "most", "less", "other", "others", "each", "another", "said", "says", "say",
        "after", "before", "over", "under", "about", "up", "out", "off", "there", "here", "too", "very", "just",
        "only", "both", "either", "neither", "all", "any", "some", "such", "times", "ago", "way", "ways", "hand",
        "again", "later", "together", "alone", "apart");

    // Verbs after "the two" used as a pronoun end the search: "the two met again", "the two agreed".
    private static readonly WordSet PronounVerbs = new(
        "met", "meet", "agreed", "agree", "spoke", "speak", "talked", "signed", "discussed", "held", "shook",
        "exchanged", "announced", "sat", "remain", "remained", "told", "embraced", "parted", "clashed");

    // "one official said": a source, not a casualty.
    private static readonly WordSet Reporting = new(
        "said", "says", "told", "added", "explained", "recalled", "described", "asked", "wrote", "stated",
        "noted", "warned", "claimed", "confirmed", "insisted", "admitted", "who");

    /// <summary>"one soldier", "one Russian drone": a counted singular noun right after, or after one capitalised word.</summary>
    public static bool CountedSingularAfter(string text, ReadOnlySpan<Token> tokens, int last)
    {
        var noun = last + 1;
        if (!Singular.At(text, tokens, noun))
        {
            noun = last + 2;
            if (noun >= tokens.Length || !tokens[last + 1].IsWord || !tokens[last + 1].IsCapitalized(text)
                || !Singular.At(text, tokens, noun))
                return false;
        }
        // "one resident said", "one official told Reuters": a source being quoted, not a count.
        return !Reporting.At(text, tokens, noun + 1);
    }

    /// <summary>A content word within the next three tokens, before any punctuation.</summary>
    public static bool NounLikeAfter(string text, ReadOnlySpan<Token> tokens, int last)
    {
        for (var k = last + 1; k <= last + 3 && k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Clitic) continue;
            if (t.Kind == TokenKind.Punct && t.IsDash(text)) continue;
            if (!t.IsWord || PronounVerbs.Contains(t.In(text))) return false;
            if (!Function.Contains(t.In(text))) return true;
        }
        return false;
    }
}
