using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// "Zelensky called on Ukraine's allies", "Moscow accused Kyiv's Western backers": a state before "'s" and a noun of
/// relation (the <c>relational</c> section of modifiers.txt) owns the relation; the allies or backers are the ones
/// the sentence is about. The owner stays a mention (it is named) but takes no role. Runs once modifiers are marked.
/// </summary>
internal static class RelationOwners
{
    public static void Mark(SentenceFrame f)
    {
        for (var m = 0; m < f.Mentions.Count; m++)
        {
            var span = f.Mentions[m];
            if (span.Actor is null || !OwnsRelation(f, span.Last + 1)) continue;
            span.Possessor = true;
            f.Mentions[m] = span;
        }
    }

    // "'s" (or a bare "'"), then the relation noun, perhaps after one adjective ("Ukraine's Western partners").
    private static bool OwnsRelation(SentenceFrame f, int clitic)
    {
        if (clitic >= f.Tokens.Count || f.Tokens[clitic].Kind != TokenKind.Clitic) return false;
        var k = clitic + 1;
        if (f.Is(k, Modifier.Relational)) return true;
        return k + 1 < f.Tokens.Count && f.Tokens[k].Kind == TokenKind.Word && f.Mods[k] == Modifier.None && f.Is(k + 1, Modifier.Relational);
    }
}
