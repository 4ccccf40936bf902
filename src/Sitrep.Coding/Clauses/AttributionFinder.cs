using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Finds who a sentence attributes its content to, so speakers are recorded as attribution and never as
/// actors: "according to X", "X said (that) …" (applies after the verb), "…, X said" and "…, said X"
/// (apply before). Speaker mentions are marked so event and claim finders skip them.
/// </summary>
internal static class AttributionFinder
{
    private const int MaxSpeakerDistance = 8;

    public static void Find(SentenceFrame f)
    {
        var n = f.Tokens.Count;
        for (var i = 0; i < n; i++)
        {
            if (f.Is(i, Modifier.Source)) { Source(f, i); continue; }
            if (f.Is(i, Modifier.Speech) && !IsTriggerWithObject(f, i)) Speech(f, i);
        }
    }

    // A speech verb that a specific event pattern claims ("claimed responsibility") is an event, not attribution.
    private static bool IsTriggerWithObject(SentenceFrame f, int i)
    {
        foreach (var t in f.Triggers) if (t.Index == i && t.Pattern.Specificity > 0) return true;
        return false;
    }

    // "according to Ukrainian and South Korean intelligence services": speakers follow the phrase.
    private static void Source(SentenceFrame f, int i)
    {
        var start = i + f.ModLength[i];
        var last = start - 1;
        var speaker = -1;
        for (var j = start; j < f.Tokens.Count && j - start < MaxSpeakerDistance; j++)
        {
            if (f.IsHardBoundary(j) || f.IsPunct(j, ',') || f.IsPunct(j, '.')) break;
            last = j;
            var m = f.MentionAt[j];
            if (m >= 0)
            {
                if (speaker < 0) speaker = m;
                MarkSpeaker(f, m);
                last = Math.Max(last, f.Mentions[m].Last);
                j = f.Mentions[m].Last;
            }
        }
        if (last < start) return;
        // Applies to the clause it is attached to: everything before it, or after it when it leads the sentence.
        var leads = i == 0 || (i <= 2 && f.Tokens[0].Kind == TokenKind.Punct);
        f.Attributions.Add(new AttributionSpan(i, last, speaker, leads ? last + 1 : 0, leads ? f.Tokens.Count - 1 : i - 1));
    }

    private static void Speech(SentenceFrame f, int s)
    {
        // "a convoy was reported near the border", "Russia is said to have …": the subject of a passive speech verb is
        // what is reported, never who reports it; a speaker, if any, follows "by".
        if (IsPassive(f, s))
        {
            if (f.IsWord(s + f.ModLength[s], "by") && FirstMentionAfter(f, s + f.ModLength[s] + 1) is var by and >= 0)
            {
                MarkSpeaker(f, by);
                f.Attributions.Add(new AttributionSpan(s, f.Mentions[by].Last, by, 0, f.Tokens.Count - 1));
            }
            return;
        }
        // Inverted: "…," said Kim Yong Bok / ", said a spokesman for the defence ministry". A verb followed by "that"
        // is never inverted: "X, the umbrella union, said that it …" has its speaker before the appositive.
        if (s > 0 && (f.IsPunct(s - 1, ',') || f.IsQuote(s - 1)) && !ThatFollows(f, s + f.ModLength[s]))
        {
            var m = FirstMentionAfter(f, s + f.ModLength[s]);
            if (m >= 0)
            {
                MarkSpeaker(f, m);
                f.Attributions.Add(new AttributionSpan(s, EndOfPhrase(f, f.Mentions[m].Last), m, 0, s - 1));
                return;
            }
        }
        // Speaker before the verb: nearest mention (or bare sector) with no trigger in between.
        var sp = -1;
        var first = s;
        var end = s;
        if (f.IsPunct(s - 1, ',') && AppositiveStart(f, s - 1) is var comma and > 0) end = comma;
        for (var j = end - 1; j >= 0 && end - j <= MaxSpeakerDistance; j--)
        {
            if (f.IsHardBoundary(j) || IsTriggerAt(f, j)) break;
            if (f.IsPunct(j, ',') || f.IsQuote(j)) { first = j + 1; break; }
            var m = f.MentionAt[j];
            // The speaker heads the phrase: "The Red Cross operating in Iraq said" is the Red Cross, not Iraq.
            if (m >= 0 && (sp < 0 || (RoleFinder.IsOblique(f, f.Mentions[sp].First) && !RoleFinder.IsOblique(f, f.Mentions[m].First)))) sp = m;
            first = j;
        }
        if (first >= end) return;
        // Compound speakers: "Ukrainian and South Korean officials said".
        for (var j = first; j < s; j++)
            if (f.MentionAt[j] >= 0) MarkSpeaker(f, f.MentionAt[j]);
        var after = HasTriggerAfter(f, s);
        var before = HasTriggerBefore(f, first);
        // "X said (that) …" at the start of the sentence leads what follows, even when no event is coded after it.
        if (first == 0 || (after && !before))
            f.Attributions.Add(new AttributionSpan(first, s + f.ModLength[s] - 1, sp, s + 1, f.Tokens.Count - 1));
        else
            f.Attributions.Add(new AttributionSpan(first, EndOfPhrase(f, s + f.ModLength[s] - 1), sp, 0, first - 1));
    }

    /// <summary>"that" right after the speech verb or after a short time phrase ("said on Friday that"), no actor between.</summary>
    private static bool ThatFollows(SentenceFrame f, int from)
    {
        for (var j = from; j < f.Tokens.Count && j - from <= 3; j++)
        {
            if (f.IsWord(j, "that")) return true;
            if (f.MentionAt[j] >= 0 || f.IsHardBoundary(j) || f.IsPunct(j, ',')) return false;
        }
        return false;
    }

    /// <summary>
    /// "The Teachers' Union (TU), the largest union in the country, said that …": the comma that opens an appositive
    /// (an article after it) ending at <paramref name="close"/>, when an actor stands right before that comma; else -1.
    /// </summary>
    private static int AppositiveStart(SentenceFrame f, int close)
    {
        for (var j = close - 1; j > 0 && close - j <= MaxSpeakerDistance + 4; j--)
        {
            if (f.IsHardBoundary(j) || IsTriggerAt(f, j)) return -1;
            if (!f.IsPunct(j, ',')) continue;
            if (!(f.IsWord(j + 1, "the") || f.IsWord(j + 1, "a") || f.IsWord(j + 1, "an"))) return -1;
            var before = j - 1;
            // Skip a short parenthetical acronym: "the Teachers' Union (TU), …".
            if (f.IsPunct(before, ')')) for (var k = before - 1; k > 0 && before - k <= 3; k--) if (f.IsPunct(k, '(')) { before = k - 1; break; }
            return before >= 0 && f.MentionAt[before] >= 0 ? j : -1;
        }
        return -1;
    }

    /// <summary>A form of "be" right before the speech verb, adverbs allowed between ("was widely reported").</summary>
    private static bool IsPassive(SentenceFrame f, int s)
    {
        for (var j = s - 1; j >= 0 && s - j <= 3; j--)
        {
            // By the word, not the modifier class: "is said to" is read as a hedge phrase starting at "is".
            if (f.IsWord(j, "is") || f.IsWord(j, "are") || f.IsWord(j, "was") || f.IsWord(j, "were") || f.IsWord(j, "be") || f.IsWord(j, "been") || f.IsWord(j, "being")) return true;
            var t = f.Tokens[j];
            if (t.Kind != TokenKind.Word || !f.Text.AsSpan(t.Start, t.Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return false;
    }

    private static int FirstMentionAfter(SentenceFrame f, int from)
    {
        for (var j = from; j < f.Tokens.Count && j - from < MaxSpeakerDistance; j++)
        {
            if (f.IsHardBoundary(j) || f.IsPunct(j, ',')) return -1;
            if (f.MentionAt[j] >= 0) return f.MentionAt[j];
        }
        return -1;
    }

    /// <summary>Extends an attribution over what directly qualifies the verb ("said on Friday", "told reporters in Seoul").</summary>
    private static int EndOfPhrase(SentenceFrame f, int last)
    {
        var j = last;
        while (j + 1 < f.Tokens.Count && !f.IsHardBoundary(j + 1) && !f.IsPunct(j + 1, ',') && !f.IsPunct(j + 1, '.') && !f.IsQuote(j + 1) && !IsTriggerAt(f, j + 1)
               && !f.Is(j + 1, Modifier.Clause) && j + 1 - last < 6)
            j++;
        return j;
    }

    private static bool IsTriggerAt(SentenceFrame f, int i)
    {
        foreach (var t in f.Triggers) if (t.Index == i) return true;
        return false;
    }

    private static bool HasTriggerAfter(SentenceFrame f, int s)
    {
        foreach (var t in f.Triggers) if (t.Index > s) return true;
        return false;
    }

    private static bool HasTriggerBefore(SentenceFrame f, int s)
    {
        foreach (var t in f.Triggers) if (t.Index < s) return true;
        return false;
    }

    private static void MarkSpeaker(SentenceFrame f, int m)
    {
        var span = f.Mentions[m];
        span.Speaker = true;
        f.Mentions[m] = span;
    }
}
