using System.Collections.Frozen;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// An office holder no dictionary lists, named by title and name ("President Moody Awori", "Judge Ana Rivera"),
/// with no state before the title. A head of state, minister or judge acts for a state; with nothing else to go
/// on, it is the state the sentence is about: the first one named that is not the object of "against", "to",
/// "with", "on", "from" or "toward" (so "President X threatened action against Russia" gets no state at all
/// rather than the wrong one).
/// </summary>
internal static class UnlistedOfficial
{
    private const int MaxNameTokens = 3;

    private static readonly FrozenSet<string> Titles = new[]
    {
        "president", "vice president", "vice-president", "prime minister", "premier", "chancellor", "judge",
        "foreign minister", "defence minister", "defense minister", "interior minister",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Away = new[] { "against", "to", "with", "on", "from", "toward", "towards", "into" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AwayLookup = Away.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Is the dictionary entry a title that heads a personal name?</summary>
    public static bool IsTitle(ActorEntry entry) => entry.Kind == MentionKind.Sector && entry.Code is null && Titles.Contains(entry.Phrase);

    /// <summary>The number of capitalised, unlisted name tokens from <paramref name="start"/> (0 when none).</summary>
    public static int NameLength(string text, List<Token> tokens, ReadOnlySpan<int> ids, int start, PhraseTrie<ActorEntry> phrases, List<ActorEntry> scratch)
    {
        var n = 0;
        for (var i = start; i < tokens.Count && n < MaxNameTokens; i++, n++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start]) || phrases.MatchLongest(text, tokens, ids, i, scratch) > 0) break;
        }
        return n;
    }

    /// <summary>The state the sentence is about, as defined above, or null.</summary>
    public static string? StateOfSentence(string text, List<Token> tokens, ReadOnlySpan<int> ids, PhraseTrie<ActorEntry> phrases, List<ActorEntry> scratch)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start])) continue;
            var n = phrases.MatchLongest(text, tokens, ids, i, scratch);
            if (n == 0) continue;
            foreach (var e in scratch)
            {
                if (e.Kind is not (MentionKind.Name or MentionKind.Adjective or MentionKind.Seat) || e.Code is not { Length: 3 } code || code == "IGO") continue;
                if (!AfterAway(text, tokens, i)) return code;
                break;
            }
            i += n - 1;
        }
        return null;
    }

    private static bool AfterAway(string text, List<Token> tokens, int i)
    {
        var j = i - 1;
        if (j >= 0 && MentionFinder.IsWord(text, tokens[j], "the")) j--;
        return j >= 0 && tokens[j].Kind == TokenKind.Word && AwayLookup.Contains(tokens[j].In(text));
    }
}
