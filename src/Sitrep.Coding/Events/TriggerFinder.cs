using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Finds event triggers: each word is looked up once among the inflected forms of the verb dictionary, and
/// the most specific pattern that matches the following words wins.
/// </summary>
internal static class TriggerFinder
{
    public static void Find(SentenceFrame f, VerbDictionary verbs, List<int> literalScratch)
    {
        var tokens = f.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || f.MentionAt[i] >= 0) continue;
            if (!verbs.TryGet(TokenKeys.Of(f.Text, t), out var forms)) continue;
            Trigger? best = null;
            foreach (var form in forms)
            {
                var p = form.Pattern;
                // A verb pattern after a determiner is a noun ("the attack"): leave it to nominal patterns.
                if (!p.Literal && FollowsDeterminerOnly(f, i)) continue;
                // Speech verbs report; they are events only in a specific pattern ("claimed responsibility").
                if (p.Specificity == 0 && f.Is(i, Modifier.Speech)) continue;
                if (!TryMatch(f, p, i, literalScratch, out var end)) continue;
                if (best is null || p.Specificity > best.Pattern.Specificity || (p.Specificity == best.Pattern.Specificity && end > best.End))
                    best = new Trigger(i, end, p, form.IsParticiple, [.. literalScratch]);
            }
            if (best is null) continue;
            f.Triggers.Add(best);
            i = best.Pattern.Specificity > 0 ? best.LiteralTokens[^1] : i;
        }
    }

    // Only a true determiner right before the verb: "the attack", "a strike", "Russia's attack" — not "a Russian attack" handled by noun patterns.
    private static bool FollowsDeterminerOnly(SentenceFrame f, int i)
    {
        if (i == 0) return false;
        var prev = f.Tokens[i - 1];
        if (prev.Kind == TokenKind.Clitic) return f.Text[prev.Start + 1] is 's' or 'S';
        return f.IsWord(i - 1, "the") || f.IsWord(i - 1, "a") || f.IsWord(i - 1, "an") || f.IsWord(i - 1, "its")
            || f.IsWord(i - 1, "their") || f.IsWord(i - 1, "his") || f.IsWord(i - 1, "her") || f.IsWord(i - 1, "this")
            || f.IsWord(i - 1, "these") || f.IsWord(i - 1, "those") || f.IsWord(i - 1, "our");
    }

    /// <summary>Matches the elements after the trigger, left to right; gaps are lazy and stay within the clause.</summary>
    private static bool TryMatch(SentenceFrame f, EventPattern p, int trigger, List<int> literals, out int end)
    {
        literals.Clear();
        end = trigger;
        var pos = trigger + 1;
        var gap = 0;
        for (var e = 0; e < p.Elements.Count; e++)
        {
            var el = p.Elements[e];
            if (el.IsGap) { gap = PatternElement.MaxGap; continue; }
            var found = -1;
            for (var j = pos; j < f.Tokens.Count && j <= pos + gap; j++)
            {
                if (Matches(f, j, el.Words!)) { found = j; break; }
                if (j > pos - 1 && StopsGap(f, j)) break;
            }
            if (found < 0) return false;
            literals.Add(found);
            pos = found + 1;
            gap = 0;
            end = found;
        }
        return true;
    }

    private static bool Matches(SentenceFrame f, int j, string[] words)
    {
        var key = TokenKeys.Of(f.Text, f.Tokens[j]);
        foreach (var w in words) if (key.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool StopsGap(SentenceFrame f, int j) =>
        f.IsHardBoundary(j) || f.IsPunct(j, ',') || f.IsPunct(j, '.') || (f.Is(j, Modifier.Clause) && !f.IsWord(j, "that")) || f.Is(j, Modifier.Speech);
}
