using System.Collections.Frozen;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// A named organisation no dictionary lists: a run of capitalised words (joined by "of", "for", "and", "the")
/// that contains an organisation noun ("The Nigerian Union of Teachers", "the Third World Water Forum",
/// "the Ceasefire Violations Committee"). Its code comes from a state named inside the name; without one, a
/// political body (party, front, movement, union, congress, league) belongs to the first state the sentence
/// names, an international office or agency is an IGO, and any other body is an NGO.
/// </summary>
internal static class UnlistedOrganization
{
    public const int MaxTokens = 9;

    private static readonly FrozenSet<string> Political = new[]
    {
        "Party", "Front", "Movement", "Union", "Congress", "League",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Civic = new[]
    {
        "Association", "Forum", "Committee", "Commission", "Council", "Federation", "Foundation", "Society",
        "Institute", "Office", "Organization", "Organisation", "Agency", "Syndicate", "Confederation",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Intergovernmental = new[] { "Office", "Organization", "Organisation", "Agency" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectors = new[] { "of", "for", "and", "the", "on" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PoliticalLookup = Political.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CivicLookup = Civic.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IgoLookup = Intergovernmental.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The number of tokens of an organisation name starting at <paramref name="start"/> (0 when none), and whether
    /// its noun is a political body's.
    /// </summary>
    public static int Length(string text, List<Token> tokens, int start, out bool political, out bool intergovernmental)
    {
        political = intergovernmental = false;
        if (!IsCapitalised(text, tokens[start])) return 0;
        var lastHead = -1;
        var international = false;
        for (var i = start; i < tokens.Count && i - start < MaxTokens; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word) break;
            var w = t.In(text);
            if (IsCapitalised(text, t))
            {
                if (PoliticalLookup.Contains(w)) { lastHead = i; political = true; intergovernmental = false; }
                else if (CivicLookup.Contains(w)) { lastHead = i; political = false; intergovernmental = international && IgoLookup.Contains(w); }
                if (w.SequenceEqual("International") || w.SequenceEqual("World")) international = true;
                continue;
            }
            // Connectors join capitalised words only inside a name that already has its noun or will get it.
            if (!ConnectorLookup.Contains(w)) break;
        }
        if (lastHead < 0) return 0;
        // The name ends at its noun, or after "of"/"for" and the capitalised words that follow ("Union of Teachers").
        var end = lastHead;
        var k = lastHead + 1;
        if (k < tokens.Count && (MentionFinder.IsWord(text, tokens[k], "of") || MentionFinder.IsWord(text, tokens[k], "for")))
        {
            for (k++; k < tokens.Count && k - start < MaxTokens; k++)
            {
                if (IsCapitalised(text, tokens[k])) end = k;
                else if (!MentionFinder.IsWord(text, tokens[k], "the") && !MentionFinder.IsWord(text, tokens[k], "and")) break;
            }
        }
        return end > start ? end - start + 1 : 0;
    }

    /// <summary>The code of an unlisted organisation whose name spans tokens first..last, or null when it gets none.</summary>
    public static ActorCode? Code(string text, List<Token> tokens, ReadOnlySpan<int> ids, int first, int last, bool political, bool intergovernmental,
        PhraseTrie<ActorEntry> phrases, List<ActorEntry> scratch)
    {
        string? sector = null;
        for (var i = first; i <= last; i++)
        {
            var n = phrases.MatchLongest(text, tokens, ids, i, scratch);
            if (n == 0) continue;
            foreach (var e in scratch)
            {
                if (e.Kind is MentionKind.Name or MentionKind.Adjective && e.Code is { Length: 3 } code && code != "IGO")
                    return new ActorCode(code, sector ?? SectorAfter(text, tokens, ids, i + n, last, phrases, scratch));
                if (e.Kind == MentionKind.Sector && e.Code is null) sector ??= e.Sector;
            }
            i += n - 1;
        }
        if (intergovernmental) return new ActorCode("IGO", sector);
        if (!political) return new ActorCode("NGO", sector);
        return FirstStateInSentence(text, tokens, ids, phrases, scratch) is { } state ? new ActorCode(state, sector ?? "OPP") : null;
    }

    private static string? SectorAfter(string text, List<Token> tokens, ReadOnlySpan<int> ids, int from, int last, PhraseTrie<ActorEntry> phrases, List<ActorEntry> scratch)
    {
        for (var i = from; i <= last; i++)
        {
            if (phrases.MatchLongest(text, tokens, ids, i, scratch) == 0) continue;
            foreach (var e in scratch) if (e.Kind == MentionKind.Sector && e.Code is null) return e.Sector;
        }
        return null;
    }

    private static string? FirstStateInSentence(string text, List<Token> tokens, ReadOnlySpan<int> ids, PhraseTrie<ActorEntry> phrases, List<ActorEntry> scratch)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !IsCapitalised(text, tokens[i])) continue;
            var n = phrases.MatchLongest(text, tokens, ids, i, scratch);
            if (n == 0) continue;
            foreach (var e in scratch)
                if (e.Kind is MentionKind.Name or MentionKind.Adjective && e.Code is { Length: 3 } code && code != "IGO") return code;
            i += n - 1;
        }
        return null;
    }

    private static bool IsCapitalised(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);
}
