using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>Turns a trigger with roles into a <see cref="CodedEvent"/>: negation, hedging, date, attribution, provenance.</summary>
internal static class EventBuilder
{
    public static CodedEvent Build(SentenceFrame f, Trigger t, string documentId, PartialDate? published, Func<int, ActorMention> mention,
        Means means, List<string> meansScratch)
    {
        var first = t.Index;
        var last = t.End;
        foreach (var a in t.Actors) { first = Math.Min(first, f.Mentions[a].First); last = Math.Max(last, f.Mentions[a].Last); }
        foreach (var r in t.Recipients) { first = Math.Min(first, f.Mentions[r].First); last = Math.Max(last, f.Mentions[r].Last); }
        var span = f.SpanOf(first, last);
        var p = t.Pattern;
        var (type, mode, cameo) = (p.Type, p.Mode, p.Cameo);
        var negated = IsNegated(f, t);
        var intended = IsIntended(f, t.Index);
        if (intended && Intended(type) is { } promised)
            (type, mode, cameo) = (promised, null, promised == EventType.Agree ? "030" : "130");
        // "will boycott the elections", "would strike": a promised boycott, strike or blockade is a threat to
        // restrict (manual, THREATEN "restrict"); a planned march stays a PROTEST.
        else if (intended && type == EventType.Protest && mode is "boycott" or "strike" or "obstruct")
            (type, mode, cameo) = (EventType.Threaten, "restrict", "130");
        // "will not accept", "would not approve": refusing a cooperative act is a REJECT, not a negated AGREE.
        if (intended && negated && type is EventType.Agree or EventType.Support)
            (type, mode, cameo, negated) = (EventType.Reject, null, "120", false);
        // "failed to reach agreement", "failed to agree on": a cooperative act that did not come about is a rejection.
        if (FailedTo(f, t.Index) && type is EventType.Agree or EventType.Support or EventType.Consult or EventType.Cooperate)
            (type, mode, cameo, negated) = (EventType.Reject, null, "120", false);
        // "killed three soldiers in a roadside bombing": the verb says nothing of the means, the weapon words do.
        if (type == EventType.Assault && mode is null) mode = AssaultMeans.Of(f, means, meansScratch);
        return new CodedEvent
        {
            Id = $"{documentId}.{f.Sentence.Index}.{f.Tokens[t.Index].Start}",
            At = new Provenance(documentId, f.Sentence.Index, span),
            Text = span.Slice(f.Text),
            Type = type,
            Mode = mode,
            Context = p.Context,
            Cameo = cameo,
            Date = DateFor(f, t.Index, published),
            Actors = MentionsOf(t.Actors, mention),
            Recipients = MentionsOf(t.Recipients, mention),
            Negated = negated,
            Hedged = IsHedged(f, t.Index),
            Attribution = AttributionFor(f, t.Index, mention),
            Trigger = f.Slice(t.Index, t.End),
            Pattern = p.Described,
        };
    }

    private static ActorMention[] MentionsOf(List<int> indexes, Func<int, ActorMention> mention)
    {
        if (indexes.Count == 0) return [];
        var mentions = new ActorMention[indexes.Count];
        for (var k = 0; k < mentions.Length; k++) mentions[k] = mention(indexes[k]);
        return mentions;
    }

    /// <summary>"will visit", "pledged to send", "vowed to strike": an intention right before the verb (adverbs allowed).</summary>
    public static bool IsIntended(SentenceFrame f, int index)
    {
        for (var j = index - 1; j >= 0 && index - j <= 6; j--)
        {
            if (f.Is(j, Modifier.Intent)) return j + f.ModLength[j] >= index - 1;
            if (InsideIntentPhrase(f, j)) continue; // "willing" in "is willing to withdraw"
            var t = f.Tokens[j];
            var skippable = t.Kind == TokenKind.Word && (f.Text.AsSpan(t.Start, t.Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || f.IsWord(j, "also") || f.IsWord(j, "soon") || f.IsWord(j, "not"));
            if (!skippable && !f.IsWord(j, "to")) return false;
        }
        return false;
    }

    private static bool FailedTo(SentenceFrame f, int index) =>
        f.IsWord(index - 1, "to") && (f.IsWord(index - 2, "failed") || f.IsWord(index - 2, "fail") || f.IsWord(index - 2, "fails") || f.IsWord(index - 2, "failing"));

    private static bool InsideIntentPhrase(SentenceFrame f, int j)
    {
        for (var k = j - 1; k >= 0 && j - k < 4; k--)
            if (f.Is(k, Modifier.Intent) && k + f.ModLength[k] > j) return true;
        return false;
    }

    /// <summary>
    /// PLOVER codes a promise by the act promised: a future cooperative act is AGREE, a promised use of force is
    /// THREATEN; verbal events (a future statement of support, a promised demand) keep their type.
    /// </summary>
    private static EventType? Intended(EventType type) => type switch
    {
        EventType.Consult or EventType.Cooperate or EventType.Aid or EventType.Concede or EventType.Retreat => EventType.Agree,
        EventType.Assault or EventType.Coerce or EventType.Sanction or EventType.Mobilize => EventType.Threaten,
        _ => null,
    };

    /// <summary>
    /// Negation in the verb group ("did not send", "has never attacked"), a denial verb governing it ("denied sending"),
    /// or a subject introduced by "neither".
    /// </summary>
    public static bool IsNegated(SentenceFrame f, Trigger t)
    {
        var start = RoleFinder.ClauseStart(f, t.Index);
        // "Neither Hungary nor Slovakia has sent …": the subject itself is denied.
        foreach (var a in t.Actors) if (f.IsWord(f.Mentions[a].First - 1, "neither")) return true;
        foreach (var a in t.Actors) if (f.Mentions[a].Last < t.Index) start = Math.Max(start, f.Mentions[a].Last + 1);
        for (var j = t.Index - 1; j >= start && t.Index - j <= 6; j--)
        {
            if (f.Is(j, Modifier.Negation) && !f.IsWord(j + 1, "only")) return true;
            if (f.Is(j, Modifier.Denial)) return true;
        }
        return false;
    }

    /// <summary>A hedge anywhere in the clause before the trigger, or a hearsay adverb anywhere in the sentence.</summary>
    public static bool IsHedged(SentenceFrame f, int index)
    {
        var start = RoleFinder.ClauseStart(f, index);
        // A conditional earlier in the sentence ("If North Korea sends more troops, …") hedges the main clause too.
        for (var j = 0; j < f.Tokens.Count; j++)
        {
            if (!f.Is(j, Modifier.Hedge)) continue;
            if (IsMonthMay(f, j)) continue;
            if (j >= start && j < index) return true;
            if (j < start && (f.IsWord(j, "if") || f.IsWord(j, "unless") || f.IsWord(j, "whether"))) return true;
            if (IsHearsayAdverb(f, j)) return true;
        }
        return false;
    }

    private static bool IsHearsayAdverb(SentenceFrame f, int j) =>
        f.IsWord(j, "reportedly") || f.IsWord(j, "allegedly") || f.IsWord(j, "purportedly") || f.IsWord(j, "supposedly");

    // "in May", "May 5": the month, not the modal.
    private static bool IsMonthMay(SentenceFrame f, int j) =>
        f.Text[f.Tokens[j].Start] == 'M' && f.IsWord(j, "may") && j > 0;

    /// <summary>The date mention nearest the trigger that is not the date of a speech act ("said on Friday"), else the publication date.</summary>
    public static PartialDate? DateFor(SentenceFrame f, int index, PartialDate? published)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in f.Dates)
        {
            if (IsSpeechDate(f, d)) continue;
            var distance = d.FirstToken > index ? d.FirstToken - index : index - d.LastToken;
            if (distance < bestDistance) (best, bestDistance) = (d, distance);
        }
        return best?.Date ?? published;
    }

    private static bool IsSpeechDate(SentenceFrame f, DateMention d)
    {
        for (var j = d.FirstToken - 1; j >= 0 && d.FirstToken - j <= 3; j--)
        {
            if (f.Is(j, Modifier.Speech)) return true;
            if (!(f.IsWord(j, "on") || f.IsWord(j, "late") || f.IsWord(j, "early") || f.IsWord(j, "reporters") || f.IsWord(j, "journalists"))) return false;
        }
        return false;
    }

    public static Attribution? AttributionFor(SentenceFrame f, int index, Func<int, ActorMention> mention)
    {
        foreach (var a in f.Attributions)
        {
            if (index < a.AppliesFrom || index > a.AppliesTo) continue;
            var span = f.SpanOf(a.First, a.Last);
            var actor = a.Speaker >= 0 && f.Mentions[a.Speaker].Actor is { } code ? code : null;
            return new Attribution(TrimPunctuation(f.Text, span), TrimSpan(f.Text, span), actor);
        }
        return null;
    }

    private static TextSpan TrimSpan(string text, TextSpan s)
    {
        var (start, end) = (s.Start, s.End);
        while (start < end && (char.IsPunctuation(text[start]) || char.IsWhiteSpace(text[start]))) start++;
        while (end > start && (char.IsPunctuation(text[end - 1]) || char.IsWhiteSpace(text[end - 1]))) end--;
        return new TextSpan(start, end);
    }

    private static string TrimPunctuation(string text, TextSpan s) => TrimSpan(text, s).Slice(text);
}
