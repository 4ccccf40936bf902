using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Turns quantities into claims: what is counted (the noun after the number, or the verb before it:
/// "killed at least 12"), whose it is ("11,000 North Korean soldiers", "troops from North Korea", the
/// sender of "sent some 10,000 troops"), who said so, when, and whether the sentence hedges it.
/// A number that counts nothing the subject dictionary knows is not a claim.
/// </summary>
internal sealed class ClaimFinder(Subjects subjects, Inflector inflector)
{
    private const int MaxSubjectDistance = 5;
    private readonly List<string> _measures = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _casualtyVerbs = BuildCasualtyVerbs(inflector).GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> BuildCasualtyVerbs(Inflector inflector)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in new[] { "kill", "wound", "injure", "capture", "displace", "evacuate" })
            foreach (var form in inflector.Forms(v).All()) set.Add(form);
        return set;
    }

    public void Find(SentenceFrame f, string documentId, PartialDate? published, IReadOnlyList<CodedEvent> sentenceEvents,
        Func<int, ActorMention> mention, List<Claim> into, List<CodingNote> notes)
    {
        foreach (var q in f.Quantities)
        {
            var (measure, subjectLast) = SubjectOf(f, q);
            if (measure is null)
            {
                notes.Add(new CodingNote(f.Sentence.Index, f.SpanOf(q.FirstToken, q.LastToken), "number counts nothing known (no subject word after it)"));
                continue;
            }
            var actor = ActorOf(f, q, subjectLast, measure, sentenceEvents);
            var last = Math.Max(q.LastToken, subjectLast);
            if (actor.Mention >= 0) last = Math.Max(last, f.Mentions[actor.Mention].Last);
            var span = f.SpanOf(q.FirstToken, last);
            into.Add(new Claim
            {
                Id = $"{documentId}.{f.Sentence.Index}.c{q.Span.Start}",
                At = new Provenance(documentId, f.Sentence.Index, span),
                Text = span.Slice(f.Text),
                Subject = measure,
                Actor = actor.Code,
                Value = q.Value,
                Low = q.Low,
                High = q.High,
                Unit = q.Unit,
                Qualifier = q.Qualifier,
                Attribution = EventBuilder.AttributionFor(f, q.FirstToken, mention),
                Date = EventBuilder.DateFor(f, q.FirstToken, published),
                Hedged = EventBuilder.IsHedged(f, q.FirstToken),
            });
        }
    }

    /// <summary>The measure counted and the last token of the subject phrase.</summary>
    private (string? Measure, int Last) SubjectOf(SentenceFrame f, Quantity q)
    {
        if (q.Unit is { } unit && unit != "%") return ("money", q.LastToken);
        var tokens = f.Tokens;
        // A share counts something only as "40 percent of the troops"; "40 percent of the territory it captured" counts nothing.
        if (q.Unit == "%")
        {
            var k = q.LastToken + 1;
            if (!(k < tokens.Count && MentionFinder.IsWord(f.Text, tokens[k], "of"))) return (null, q.LastToken);
            k++;
            if (k < tokens.Count && MentionFinder.IsWord(f.Text, tokens[k], "the")) k++;
            var len = k < tokens.Count ? subjects.Phrases.MatchLongest(f.Text, tokens, f.Ids, k, _measures) : 0;
            return len > 0 ? (_measures[0], k + len - 1) : (null, q.LastToken);
        }
        for (var j = q.LastToken + 1; j < tokens.Count && j - q.LastToken <= MaxSubjectDistance; j++)
        {
            var t = tokens[j];
            // A possessive ends the search: in "the two countries' armed forces" the number counts the countries.
            if (t.Kind is TokenKind.Punct && f.Text[t.Start] != '-' || t.Kind is TokenKind.Number or TokenKind.Newline or TokenKind.Clitic) break;
            var n = subjects.Phrases.MatchLongest(f.Text, tokens, f.Ids, j, _measures);
            if (n == 0) continue;
            var measure = _measures[0];
            var last = j + n - 1;
            // "200 North Korean soldiers were killed", "12 people died": the verb says what the count is.
            if (measure is "troops" or "civilians") measure = CasualtyAfter(f, last) ?? measure;
            return (measure, last);
        }
        if (q.Unit == "%") return (null, q.LastToken);
        // "killed at least 12", "wounded 30 more": the verb before the number.
        var before = q.FirstToken - 1;
        if (before >= 0 && tokens[before].Kind == TokenKind.Word && _casualtyVerbs.Contains(tokens[before].In(f.Text)))
            return (MeasureOfVerb(tokens[before].In(f.Text)), q.LastToken);
        return (null, q.LastToken);
    }

    private string? CasualtyAfter(SentenceFrame f, int last)
    {
        string? found = null;
        for (var j = last + 1; j < f.Tokens.Count && j - last <= 4; j++)
        {
            var n = subjects.Phrases.MatchLongest(f.Text, f.Tokens, f.Ids, j, _measures);
            if (n > 0 && _measures[0] is "killed" or "wounded" or "captured" or "missing")
                found = found is null || found == _measures[0] ? _measures[0] : "casualties";
            if (f.IsPunct(j, ',') && found is not null) break;
        }
        return found;
    }

    private static string MeasureOfVerb(ReadOnlySpan<char> verb) =>
        verb.StartsWith("kill", StringComparison.OrdinalIgnoreCase) ? "killed"
        : verb.StartsWith("captur", StringComparison.OrdinalIgnoreCase) ? "captured"
        : verb.StartsWith("displac", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("evacuat", StringComparison.OrdinalIgnoreCase) ? "displaced"
        : "wounded";

    private static (ActorCode? Code, int Mention) ActorOf(SentenceFrame f, Quantity q, int subjectLast, string measure, IReadOnlyList<CodedEvent> events)
    {
        // Between the number and the counted word, or owning the counted word: "11,000 North Korean soldiers".
        for (var j = q.LastToken + 1; j <= subjectLast + 3 && j < f.Tokens.Count; j++)
        {
            var m = f.MentionAt[j];
            if (m < 0 || !f.Mentions[m].IsActor || f.Mentions[m].Speaker) continue;
            var span = f.Mentions[m];
            if (span.First <= subjectLast || (span.First <= subjectLast + 2 && (f.IsWord(subjectLast + 1, "from") || f.IsWord(subjectLast + 1, "of"))))
                return (WithSector(span.Actor!, measure), m);
        }
        // A possessive before the number: "North Korea's 10,000 troops", "Russia's losses of 600,000".
        var before = q.FirstToken - 1;
        if (before >= 1 && f.Tokens[before].Kind == TokenKind.Clitic && f.MentionAt[before - 1] is var pm and >= 0 && f.Mentions[pm].IsActor)
            return (WithSector(f.Mentions[pm].Actor!, measure), pm);
        // The sender of troops or arms in the same sentence: "Pyongyang has sent some 10,000 troops".
        if (measure is "troops" or "shells" or "missiles" or "drones" or "containers" or "tanks" or "aircraft")
        {
            foreach (var e in events)
            {
                if (e.Type is not (EventType.Aid or EventType.Mobilize or EventType.Cooperate) || e.Actors.Count == 0) continue;
                if (e.At.Span.Start <= q.Span.Start && q.Span.Start <= e.At.Span.End + 40)
                    return (WithSector(e.Actors[0].Actor, measure), -1);
            }
        }
        return (null, -1);
    }

    private static ActorCode WithSector(ActorCode code, string measure) =>
        measure == "troops" && code.Sector is null ? code with { Sector = "MIL" } : code;
}

/// <summary>Why something in a sentence was not coded — failures as data, for `--errors` and explanations.</summary>
public sealed record CodingNote(int Sentence, TextSpan Span, string Reason);
