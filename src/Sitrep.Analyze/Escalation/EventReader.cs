using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>Reads one coded event for the ladder (see <see cref="EventReading"/>); its words are split once and scanned by region.</summary>
internal static class EventReader
{
    // The words just before the verb that can say how sure a report is: "did not rule out", "wary of".
    private const int StanceWindow = 4;

    /// <summary>Null for undated events: the ladder is a history, and an event without a date has no place in it.</summary>
    public static EventReading? Read(CodedEvent e, RungCues cues, Func<CodedEvent, string?>? sentenceOf)
    {
        if (e.Date is not { } date) return null;
        var words = Words.Of(e.Text);
        var triggerAt = TriggerOffset(e);
        var beforeTrigger = words.EndBefore(triggerAt);
        var fromTrigger = words.FirstAtOrAfter(triggerAt);

        var matches = new List<CueMatch>();
        cues.Scan(words, beforeTrigger - StanceWindow, beforeTrigger, matches);
        var stance = StanceOf(e, matches, beforeTrigger);

        matches.Clear();
        cues.Scan(words, fromTrigger, words.Count, matches);
        var named = new HashSet<Rung>();
        foreach (var m in matches)
            if (m.Kind.RungOf() is { } r && !InMention(e, words, m)) named.Add(r);
        var (given, promised) = RungRules.Classify(e, named);

        return new EventReading(e, date, stance)
        {
            Actors = StateCodes.Of(e.Actors),
            Recipients = StateCodes.Of(e.Recipients),
            AllyRecipients = e.Type == EventType.Assault ? AllyRecipients(e, words, fromTrigger, cues) : [],
            Given = given,
            Promised = promised,
            MilitaryActors = Military(e.Actors),
            MilitaryRecipients = Military(e.Recipients),
            LatestYearNamed = new Lazy<int?>(() => YearsNamed.Latest(sentenceOf?.Invoke(e) is { Length: > 0 } sentence ? sentence : e.Text)),
        };
    }

    /// <summary>
    /// Double negatives first ("did not rule out" is a possibility even when the coder marked it negated), then
    /// negation and denials ("avoided arming"), then hedges, speculation and aims ("decided to send", "prepared to
    /// fight", unless "began to …").
    /// </summary>
    private static Stance StanceOf(CodedEvent e, List<CueMatch> window, int beforeTrigger)
    {
        bool Any(CueKind kind, bool? negating = null, bool endingAtVerb = false) =>
            window.Exists(m => m.Kind == kind && (negating is null || m.Negating == negating) && (!endingAtVerb || m.End == beforeTrigger));

        if (Any(CueKind.Possible, negating: true)) return Stance.Possible;
        if (e.Negated || Any(CueKind.Denied)) return Stance.Excluded;
        if (e.Hedged || Any(CueKind.Possible)) return Stance.Possible;
        if (Any(CueKind.Intent, endingAtVerb: true) && !Any(CueKind.Started, endingAtVerb: true)) return Stance.Possible;
        return Stance.Reached;
    }

    /// <summary>
    /// Recipients an ASSAULT fights beside: an [ally] cue between the verb and the recipient ("fighting alongside
    /// Russian forces", "fight for Russia") or an [ally-after] cue right after it ("on the North Korean side").
    /// </summary>
    private static HashSet<string> AllyRecipients(CodedEvent e, Words words, int fromTrigger, RungCues cues)
    {
        var allies = new HashSet<string>(StringComparer.Ordinal);
        var matches = new List<CueMatch>();
        foreach (var m in e.Recipients)
        {
            if (!StateCodes.IsState(m.Actor)) continue;
            var start = m.At.Span.Start - e.At.Span.Start;
            var end = m.At.Span.End - e.At.Span.Start;
            if (start < 0 || end > e.Text.Length) continue; // a mention outside the event's words: position unknown
            matches.Clear();
            var first = words.FirstAtOrAfter(start);
            if (first > fromTrigger) cues.Scan(words, fromTrigger, first, matches);
            var after = words.FirstAtOrAfter(end);
            cues.Scan(words, after, after + 2, matches);
            if (matches.Exists(c => c.Kind == CueKind.Ally && c.End <= first) || matches.Exists(c => c.Kind == CueKind.AllyAfter && c.First >= after))
                allies.Add(m.Actor.Code);
        }
        return allies;
    }

    /// <summary>Words of an actor or recipient ("Ukrainian pilots", "Russian forces") say who, not what was given.</summary>
    private static bool InMention(CodedEvent e, Words words, CueMatch m)
    {
        var start = e.At.Span.Start + words[m.First].Start;
        var end = e.At.Span.Start + words[m.End - 1].End;
        foreach (var mention in e.Actors.Concat(e.Recipients))
            if (mention.At.Span.Start < end && start < mention.At.Span.End) return true;
        return false;
    }

    private static HashSet<string> Military(IEnumerable<ActorMention> mentions) =>
        [.. mentions.Where(m => m.Actor.Sector == "MIL" && StateCodes.IsState(m.Actor)).Select(m => m.Actor.Code)];

    /// <summary>Where the trigger's words start in the event text; 0 when the trigger is not found there.</summary>
    private static int TriggerOffset(CodedEvent e)
    {
        if (string.IsNullOrEmpty(e.Trigger)) return 0;
        var at = e.Text.IndexOf(e.Trigger, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? 0 : at;
    }
}
