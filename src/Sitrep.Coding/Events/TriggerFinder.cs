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
        var words = f.Words;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if ((f.Roles[i] & WordRoles.Trigger) == 0 || t.Kind != TokenKind.Word || f.MentionAt[i] >= 0) continue;
            if (!verbs.TryGet(f.WordIds[i], out var forms)) continue;
            // What depends on the word alone is decided once, not once per pattern of a common verb, and only when a
            // pattern gets far enough to ask (0 = no, 1 = yes, -1 = not yet known).
            var nounLike = -1;
            var speech = f.Is(i, Modifier.Speech);
            var afterArticle = -1;
            int compound = -1;
            // The best pattern so far, kept as plain values: a Trigger is built once, for the winner only.
            EventPattern? best = null;
            var bestSpecificity = -1;
            var bestEnd = -1;
            var bestParticiple = false;
            var bestLiterals = f.TriggerLiterals;
            bestLiterals.Clear();
            foreach (ref readonly var form in forms.AsSpan())
            {
                // Everything up to MayMatch reads the form alone (see VerbDictionary.TriggerForm), not the pattern.
                if (!form.Needs.IsEmpty && !form.Needs.Intersects(words)) continue;
                if (form.Specificity < bestSpecificity) continue; // cannot win
                // A verb pattern after a determiner is a noun ("the attack"), after "very" an adjective ("very close"):
                // leave them to nominal patterns.
                if (!form.Literal)
                {
                    if (nounLike < 0) nounLike = IsNounLike(f, i) ? 1 : 0;
                    if (nounLike == 1) continue;
                    // "a brief private visit": the bare form after "a" and its modifiers is a noun ("a local man attacked" is not).
                    if (afterArticle < 0) afterArticle = AfterArticleAndModifiers(f, i) ? 1 : 0;
                    if (afterArticle == 1 && IsOwnForm(f, i, form.Pattern)) continue;
                }
                // Speech verbs report; they are events only in a specific pattern ("claimed responsibility").
                if (form.Specificity == 0 && speech) continue;
                if (!MayMatch(form, words)) continue;
                // "Gondor and Osgiliath delayed their meeting": a pattern for a compound subject needs one.
                if ((form.Flags & PatternFlags.Mutual) != 0)
                {
                    if (compound < 0) compound = HasCompoundSubject(f, i) ? 1 : 0;
                    if (compound == 0) continue;
                }
                var p = form.Pattern;
                literalScratch.Clear();
                var end = i;
                if (form.HasElements)
                {
                    if (p.Before.Count > 0 && !TryMatchBefore(f, p.Before, i, literalScratch)) continue;
                    if (!TryMatchAfter(f, verbs, p.Elements, i, literalScratch, out end)) continue;
                }
                if (best is null || form.Specificity > bestSpecificity
                    || (form.Specificity == bestSpecificity && (end > bestEnd || (end == bestEnd && IsOwnForm(f, i, p) && !IsOwnForm(f, i, best)))))
                {
                    (best, bestSpecificity, bestEnd, bestParticiple) = (p, form.Specificity, end, form.IsParticiple);
                    bestLiterals.Clear();
                    bestLiterals.AddRange(literalScratch);
                }
            }
            if (best is null) continue;
            if ((best.Flags & PatternFlags.NoEvent) == 0) f.Triggers.Add(new Trigger(i, bestEnd, best, bestParticiple, [.. bestLiterals]));
            // Words the pattern used after the trigger are not triggers themselves.
            if (bestLiterals.Count > 0) i = Math.Max(i, bestLiterals[^1]);
        }
    }

    /// <summary>A verb form after a determiner, a noun-only modifier, "very" or a preposition is a noun or an adjective.</summary>
    private static bool IsNounLike(SentenceFrame f, int i) =>
        f.IsDeterminer(i - 1) || f.IsNounOnlyModifier(i - 1) || f.IsWord(i - 1, FunctionWord.Very) || AfterPreposition(f, i);

    /// <summary>
    /// "weapons against targets", "a reward for strikes": a finite verb never follows a preposition directly, so a
    /// verb form there is a noun. Infinitives ("to strike") and gerunds ("by attacking") are verbs, and "in protest",
    /// "in retaliation" name the act the clause itself is, which the verb patterns code.
    /// </summary>
    private static bool AfterPreposition(SentenceFrame f, int i) =>
        i > 0 && f.Is(i - 1, Modifier.Oblique) && !f.IsWord(i - 1, "to") && !f.IsWord(i - 1, "in")
        && !f.Tokens[i].In(f.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"a" or "an", then one or two lower-case words that are neither actors, function words nor verbs found so far.</summary>
    private static bool AfterArticleAndModifiers(SentenceFrame f, int i)
    {
        for (var j = i - 1; j >= 0 && i - j <= 3; j--)
        {
            if (f.IsWord(j, "a") || f.IsWord(j, "an")) return j < i - 1;
            var t = f.Tokens[j];
            if (t.Kind != TokenKind.Word || f.MentionAt[j] >= 0 || !char.IsLower(f.Text[t.Start]) || f.Mods[j] != Modifier.None) return false;
            foreach (var o in f.Triggers) if (o.Index <= j && j <= o.End) return false;
        }
        return false;
    }

    /// <summary>Every word the pattern needs has a chance to be in the sentence (see <see cref="WordMask"/>).</summary>
    private static bool MayMatch(in VerbDictionary.TriggerForm form, in WordMask words)
    {
        if (form.Specificity == 0) return true;
        foreach (ref readonly var mask in form.Masks.AsSpan())
            if (!mask.Intersects(words)) return false;
        return true;
    }

    /// <summary>
    /// On a tie, a pattern whose own word is the text's word beats one reached through an inflection: a dictionary
    /// that lists "met" beside "meet" means "met" by it.
    /// </summary>
    private static bool IsOwnForm(SentenceFrame f, int i, EventPattern p) => KeyEquals(f.Text, f.Tokens[i], p.Lemma);

    /// <summary>Two actors joined by "and" (or "nor") before the verb, within its clause.</summary>
    private static bool HasCompoundSubject(SentenceFrame f, int i)
    {
        for (var j = i - 1; j > 0; j--)
        {
            if (f.IsHardBoundary(j) || (f.Is(j, Modifier.Clause) && f.MentionAt[j] < 0)) return false;
            if (!f.IsWord(j, "and") && !f.IsWord(j, "nor")) continue;
            var next = f.IsWord(j + 1, "the") ? j + 2 : j + 1;
            if (next < i && IsActorAt(f, j - 1) && IsActorAt(f, next)) return true;
        }
        return false;
    }

    private static bool IsActorAt(SentenceFrame f, int j) => j >= 0 && j < f.Tokens.Count && f.MentionAt[j] >= 0 && f.Mentions[f.MentionAt[j]].IsActor;

    /// <summary>
    /// Matches the elements after the trigger, left to right; gaps are lazy and stay within the clause.
    /// Appends the matched tokens to <paramref name="literals"/> in text order.
    /// </summary>
    private static bool TryMatchAfter(SentenceFrame f, VerbDictionary verbs, IReadOnlyList<PatternElement> elements, int trigger, List<int> literals, out int end)
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
                if (StopsGap(f, j) || StartsInfinitive(f, verbs, j)) break;
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
        if (el.Index is { } index)
        {
            if (index.StartingWith(f.Tokens[j].In(f.Text)) is { } candidates)
                foreach (var words in candidates)
                    if (j + words.Length <= f.Tokens.Count && PhraseAt(f, j, words)) return words.Length;
            return 0;
        }
        if (el.Phrases is { } phrases)
            foreach (var words in phrases)
                if (j + words.Length <= f.Tokens.Count && PhraseAt(f, j, words)) return words.Length;
        return el.Words is { } alternatives && AnyAt(f, j, alternatives) ? 1 : 0;
    }

    /// <summary>Tokens matched by <paramref name="el"/> ending at token <paramref name="j"/> (longest phrase first), or 0.</summary>
    private static int LengthEndingAt(SentenceFrame f, int j, PatternElement el)
    {
        if (el.Index is { } index)
        {
            if (index.EndingWith(f.Tokens[j].In(f.Text)) is { } candidates)
                foreach (var words in candidates)
                    if (j - words.Length + 1 >= 0 && PhraseAt(f, j - words.Length + 1, words)) return words.Length;
            return 0;
        }
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
            if (WordMask.Fold(text[t.Start + k]) != word[k]) return false;
        return true;
    }

    /// <summary>
    /// "blocked roads in Paris to protest against fuel prices": "to" before the bare form of a dictionary verb opens a
    /// purpose clause, and a gap after the trigger does not reach into it ("block * fuel" must not match).
    /// </summary>
    private static bool StartsInfinitive(SentenceFrame f, VerbDictionary verbs, int j)
    {
        if (!f.IsWord(j, "to") || j + 1 >= f.Tokens.Count || f.Tokens[j + 1].Kind != TokenKind.Word) return false;
        if (!verbs.TryGet(f.WordIds[j + 1], out var forms)) return false;
        foreach (var form in forms)
            if (IsOwnForm(f, j + 1, form.Pattern)) return true;
        return false;
    }

    private static bool StopsGap(SentenceFrame f, int j) =>
        f.IsHardBoundary(j) || f.IsPunct(j, ',') || f.IsPunct(j, '.') || (f.Is(j, Modifier.Clause) && !f.IsWord(j, "that")) || f.Is(j, Modifier.Speech);
}
