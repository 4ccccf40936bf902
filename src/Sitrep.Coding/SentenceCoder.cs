using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>One thread's coder: reuses its buffers from sentence to sentence.</summary>
internal sealed class SentenceCoder
{
    private readonly Lexicon lexicon;

    // Made once: a method group passed as a delegate would allocate one per event.
    private readonly Func<int, ActorMention> _mentionAt;

    public SentenceCoder(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        _mentions = new(lexicon.Actors);
        _claims = new(lexicon.Subjects, lexicon.Inflector);
        _mentionAt = MentionAt;
    }

    private readonly SentenceFrame _frame = new();
    private readonly MentionFinder _mentions;
    private readonly ClaimFinder _claims;
    private readonly List<Modifier> _modScratch = [];
    private readonly List<int> _literalScratch = [];
    private readonly List<string> _meansScratch = [];
    private readonly List<ActorMention?> _sentenceMentions = [];

    public CodingResult Code(Document doc, IReadOnlyList<Sentence> sentences)
    {
        var published = doc.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        var publishedDate = published is { } d ? PartialDate.From(d) : (PartialDate?)null;
        var memory = new DocumentMemory();
        var mentions = new List<ActorMention>();
        var events = new List<CodedEvent>();
        var claims = new List<Claim>();
        var notes = new List<CodingNote>();
        var sentenceEvents = new List<CodedEvent>();
        var f = _frame;

        foreach (var sentence in sentences)
        {
            f.Reset(doc.Text, sentence);
            Tokenizer.Tokenize(doc.Text, sentence.Span, f.Tokens);
            f.Lex(lexicon.Words);
            _mentions.Find(doc.Text, f.Tokens, f.Ids, f.Roles.AsSpan(0, f.Tokens.Count), f.Present, published, memory, f.Mentions);
            f.IndexMentions();
            _sentenceMentions.Clear();
            for (var m = 0; m < f.Mentions.Count; m++)
            {
                var span = f.Mentions[m];
                ActorMention? am = span.Actor is null ? null : new ActorMention
                {
                    At = new Provenance(doc.Id, sentence.Index, f.SpanOf(span.First, span.Last)),
                    Text = f.Slice(span.First, span.Last),
                    Actor = span.Actor,
                    Kind = span.Kind,
                };
                _sentenceMentions.Add(am);
                if (am is not null) mentions.Add(am);
            }
            if (sentence.Kind is SentenceKind.Byline or SentenceKind.Dateline) continue;

            f.Prepare(lexicon.Modifiers, _modScratch);
            RelationOwners.Mark(f);
            DatesAndQuantities.Scan(doc.Text, f.Tokens, f.TextClasses.AsSpan(0, f.Tokens.Count), published, f.Dates, f.Quantities);
            TriggerFinder.Find(f, lexicon.Verbs, _literalScratch);
            AttributionFinder.Find(f);
            RequestedActs.Remove(f);
            RoleFinder.Assign(f);
            GovernedActs.Resolve(f);
            ReportedDemands.Find(f);

            sentenceEvents.Clear();
            foreach (var t in f.Triggers)
            {
                if (t.Actors.Count == 0 && !(t.UnnamedActor && t.Recipients.Count > 0))
                {
                    notes.Add(new CodingNote(sentence.Index, f.SpanOf(t.Index, t.End), $"'{f.Slice(t.Index, t.End)}' ({t.Pattern.Type.Name()}): {t.Reason ?? "no actor"}"));
                    continue;
                }
                if ((t.Pattern.Flags & PatternFlags.NeedsObject) != 0 && t.Recipients.Count == 0 && !t.UncodedObject)
                {
                    notes.Add(new CodingNote(sentence.Index, f.SpanOf(t.Index, t.End), $"'{f.Slice(t.Index, t.End)}' ({t.Pattern.Type.Name()}): needs an object, none found"));
                    continue;
                }
                var e = EventBuilder.Build(f, t, doc.Id, publishedDate, _mentionAt, lexicon.Means, _meansScratch);
                // "threatened to strike Kyiv": the promise and the promised act code to one THREATEN; keep the fuller one.
                var twin = TwinOf(sentenceEvents, e);
                if (twin >= 0)
                {
                    if (e.Recipients.Count <= sentenceEvents[twin].Recipients.Count) continue;
                    // "began a hunger strike to protest X": the act named first says how; the purpose adds whom.
                    if (sentenceEvents[twin].Mode is { } how) e = e with { Mode = how };
                    events.Remove(sentenceEvents[twin]);
                    sentenceEvents.RemoveAt(twin);
                }
                sentenceEvents.Add(e);
                events.Add(e);
            }
            if (f.Triggers.Count == 0 && f.Mentions.Exists(m => m.IsActor))
                notes.Add(new CodingNote(sentence.Index, sentence.Span, "actors but no event pattern"));
            _claims.Find(f, doc.Id, publishedDate, sentenceEvents, _mentionAt, claims, notes);
        }
        return new CodingResult(new DocumentAnalysis(doc, sentences, mentions, events, claims), notes);
    }

    /// <summary>The earlier event of the sentence that <paramref name="e"/> repeats: same type and actors, close before it; or -1.</summary>
    private static int TwinOf(List<CodedEvent> earlier, CodedEvent e)
    {
        for (var k = 0; k < earlier.Count; k++)
        {
            var o = earlier[k];
            if (o.Type == e.Type && o.At.Span.End >= e.At.Span.Start - 12 && SameActors(o, e)) return k;
        }
        return -1;
    }

    /// <summary>Do the two events have the same set of actor codes? (Actor lists are short: no sets are built.)</summary>
    private static bool SameActors(CodedEvent a, CodedEvent b) => Covers(a.Actors, b.Actors) && Covers(b.Actors, a.Actors);

    private static bool Covers(IReadOnlyList<ActorMention> all, IReadOnlyList<ActorMention> some)
    {
        foreach (var m in some)
        {
            var found = false;
            foreach (var n in all)
                if (n.Actor.Code == m.Actor.Code) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    private ActorMention MentionAt(int index) => _sentenceMentions[index]!;
}
