using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Finds event triggers: each word is looked up once among the inflected forms of the verb dictionary, and
/// the most specific pattern that matches the words around it wins.
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
                literalScratch.Clear();
                if (p.Before.Count > 0 && !TryMatchBefore(f, p.Before, i, literalScratch)) continue;
                if (!TryMatchAfter(f, p.Elements, i, literalScratch, out var end)) continue;
                if (best is null || p.Specificity > best.Pattern.Specificity || (p.Specificity == best.Pattern.Specificity && end > best.End))
                    best = new Trigger(i, end, p, form.IsParticiple, [.. literalScratch]);
            }
            if (best is null) continue;
            f.Triggers.Add(best);
            // Words the pattern used after the trigger are not triggers themselves.
            if (best.LiteralTokens.Length > 0) i = Math.Max(i, best.LiteralTokens[^1]);
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

    /// <summary>
    /// Matches the elements after the trigger, left to right; gaps are lazy and stay within the clause.
    /// Appends the matched tokens to <paramref name="literals"/> in text order.
    /// </summary>
    private static bool TryMatchAfter(SentenceFrame f, IReadOnlyList<PatternElement> elements, int trigger, List<int> literals, out int end)
    {
        end = trigger;
        var pos = trigger + 1;
        var gap = 0;
        for (var e = 0; e < elements.Count; e++)
        {
            var el = elements[e];
            if (el.IsGap) { gap = PatternElement.MaxGap; continue; }
            var found = -1;
            var length = 0;
            for (var j = pos; j < f.Tokens.Count && j <= pos + gap; j++)
            {
                length = LengthStartingAt(f, j, el);
                if (length > 0) { found = j; break; }
                if (StopsGap(f, j)) break;
            }
            if (found < 0) return false;
            for (var k = found; k < found + length; k++) literals.Add(k);
            pos = found + length;
            gap = 0;
            end = pos - 1;
        }
        return true;
    }

    /// <summary>
    /// Matches the elements before the trigger, right to left, with the same gap rules; the tokens matched are
    /// inserted at the front of <paramref name="literals"/> so the list stays in text order.
    /// </summary>
    private static bool TryMatchBefore(SentenceFrame f, IReadOnlyList<PatternElement> elements, int trigger, List<int> literals)
    {
        var pos = trigger - 1;
        var gap = 0;
        for (var e = elements.Count - 1; e >= 0; e--)
        {
            var el = elements[e];
            if (el.IsGap) { gap = PatternElement.MaxGap; continue; }
            var found = -1;
            var length = 0;
            for (var j = pos; j >= 0 && j >= pos - gap; j--)
            {
                length = LengthEndingAt(f, j, el);
                if (length > 0) { found = j - length + 1; break; }
                if (StopsGap(f, j)) break;
            }
            if (found < 0) return false;
            for (var k = found + length - 1; k >= found; k--) literals.Insert(0, k);
            pos = found - 1;
            gap = 0;
        }
        return true;
    }

    /// <summary>Tokens matched by <paramref name="el"/> starting at token <paramref name="j"/> (longest phrase first), or 0.</summary>
    private static int LengthStartingAt(SentenceFrame f, int j, PatternElement el)
    {
        if (el.Phrases is { } phrases)
            foreach (var words in phrases)
                if (j + words.Length <= f.Tokens.Count && PhraseAt(f, j, words)) return words.Length;
        return el.Words is { } alternatives && AnyAt(f, j, alternatives) ? 1 : 0;
    }

    /// <summary>Tokens matched by <paramref name="el"/> ending at token <paramref name="j"/> (longest phrase first), or 0.</summary>
    private static int LengthEndingAt(SentenceFrame f, int j, PatternElement el)
    {
        if (el.Phrases is { } phrases)
            foreach (var words in phrases)
                if (j - words.Length + 1 >= 0 && PhraseAt(f, j - words.Length + 1, words)) return words.Length;
        return el.Words is { } alternatives && AnyAt(f, j, alternatives) ? 1 : 0;
    }

    private static bool PhraseAt(SentenceFrame f, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (!KeyEquals(f.Text, f.Tokens[start + k], words[k])) return false;
        return true;
    }

    private static bool AnyAt(SentenceFrame f, int j, string[] words)
    {
        var t = f.Tokens[j];
        foreach (var w in words) if (KeyEquals(f.Text, t, w)) return true;
        return false;
    }

    /// <summary>
    /// Compares a token with a folded dictionary word (see <see cref="TokenKeys.Fold"/>) without allocating:
    /// case-insensitive, typographic apostrophes and hyphens read as ASCII.
    /// </summary>
    private static bool KeyEquals(string text, Token t, string word)
    {
        if (t.Length != word.Length || t.Kind is TokenKind.Newline) return false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = text[t.Start + k];
            c = c switch
            {
                '’' or 'ʼ' or '‘' => '\'',
                '‐' or '‑' => '-',
                _ => char.ToLowerInvariant(c),
            };
            if (c != word[k]) return false;
        }
        return true;
    }

    private static bool StopsGap(SentenceFrame f, int j) =>
        f.IsHardBoundary(j) || f.IsPunct(j, ',') || f.IsPunct(j, '.') || (f.Is(j, Modifier.Clause) && !f.IsWord(j, "that")) || f.Is(j, Modifier.Speech);
}
