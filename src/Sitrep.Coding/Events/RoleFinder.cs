using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Gives each trigger its actors and recipients with shallow, explainable rules: the subject is the nearest
/// actor before the verb in its clause that is not inside a prepositional phrase, not a speaker and not the
/// object of an earlier verb; coordinated actors join it ("Russia and North Korea"); the recipient is the
/// first actor after the verb that is not a place ("in Ukraine"; a state after "in" when there is no other). Passives and "subject-is-recipient"
/// patterns swap roles and take the actor from "by"/"from".
/// </summary>
internal static class RoleFinder
{
    private const int MaxRecipientDistance = 12;

    public static void Assign(SentenceFrame f)
    {
        var usedAsObject = f.UsedAsObject;
        foreach (var t in f.Triggers)
        {
            // "was shelled", "shelled by Russian forces", and reduced relatives: "two diplomats accused of espionage".
            t.Passive = IsParticiple(f, t) && (IsPassive(f, t.Index) || f.IsWord(t.Index + 1, "by") || IsReducedRelative(f, t));
            // "Vietnam is committed to opening …": an adjectival participle, the subject commits.
            if (t.Passive && t.Pattern.Type == Sitrep.Domain.EventType.Agree && IsStativeCommitment(f, t)) t.Passive = false;
            var flags = t.Pattern.Flags;
            if ((flags & PatternFlags.Noun) != 0)
            {
                NominalRoles(f, t);
            }
            else if (t.Passive || (flags & PatternFlags.SubjectIsRecipient) != 0)
            {
                var subject = Subject(f, t.Index, usedAsObject);
                if (subject >= 0) AddCoordinated(f, subject, t.Recipients, left: true);
                var agent = AfterPreposition(f, t.End + 1, t.Passive ? By : FromOrBy);
                if (agent < 0 && !t.Passive) agent = Recipient(f, t); // "Kim hosted Belousov": the guest acts
                if (agent >= 0) AddCoordinated(f, agent, t.Actors, left: false);
                // "was arrested in Lebanon": an arrest, detention or expulsion with no agent named is the act of the
                // authorities of the state where it happened.
                if (t.Actors.Count == 0 && t.Passive && t.Pattern.Type is Sitrep.Domain.EventType.Coerce && LocativeState(f, t.End + 1) is var place and >= 0)
                    t.Actors.Add(place);
                if (UnnamedAttacker.AgentlessPassive(t)) t.UnnamedActor = true;
                else if (t.Actors.Count == 0) t.Reason = t.Passive ? "passive without an agent (no 'by …')" : "no giver after 'from'";
            }
            else
            {
                if (SharedSubject(f, t) is { } shared) t.Actors.AddRange(shared);
                else if (Subject(f, t.Index, usedAsObject) is var subject and >= 0) AddCoordinated(f, subject, t.Actors, left: true);
                else t.Reason = "no actor before the verb in its clause";
                var r = Recipient(f, t);
                if (r >= 0) AddCoordinated(f, r, t.Recipients, left: false);
                else if ((flags & PatternFlags.NeedsObject) != 0) t.Reason ??= "pattern needs an object and none follows";
                if (t.Actors.Count == 0 && t.Recipients.Count > 0 && UnnamedAttacker.MeansAsSubject(f, t, ClauseStart(f, t.Index))) t.UnnamedActor = true;
                // "Thousands blocked streets in Hong Kong": protesters the text does not otherwise name are people of the
                // state where they protest.
                if (t.Actors.Count == 0 && t.Pattern.Type == Sitrep.Domain.EventType.Protest && LocativeState(f, t.End + 1) is var site and >= 0)
                {
                    t.Actors.Add(site);
                    t.Recipients.Remove(site);
                    t.Reason = null;
                }
                // "lifted the curfew in Montenegro", "declared a state of siege in Haiti": the people of the state
                // where a restriction is imposed or eased receive it.
                if (t.Recipients.Count == 0 && t.Pattern.Type is Sitrep.Domain.EventType.Coerce or Sitrep.Domain.EventType.Concede
                    && LocativeState(f, t.End + 1) is var under and >= 0 && !t.Actors.Contains(under))
                    t.Recipients.Add(under);
                if (t.Recipients.Count == 0 && (flags & PatternFlags.NeedsObject) == 0 && ThatClauseSubject(f, t) is var about and >= 0)
                {
                    t.Recipients.Add(about);
                    continue; // stays free to act in its own clause
                }
            }
            foreach (var r in t.Recipients) usedAsObject.Add(r);
            RemoveSelfReference(f, t);
        }
    }

    /// <summary>
    /// "two diplomats accused of espionage": a participle right after an actor and followed by "of" modifies it, unless
    /// the verb takes "of" in the active voice ("the minister warned of reprisals").
    /// </summary>
    private static bool IsReducedRelative(SentenceFrame f, Trigger t) =>
        t.End == t.Index && f.IsWord(t.Index + 1, "of") && t.Index > 0 && f.MentionAt[t.Index - 1] >= 0 && !f.Is(t.Index, Modifier.OfComplement);

    /// <summary>
    /// "The government condemned the attack and promised aid": a verb coordinated with an earlier one by "and" (or "but")
    /// with no subject of its own between shares that verb's subject. Null when the verb has its own subject.
    /// </summary>
    private static List<int>? SharedSubject(SentenceFrame f, Trigger t)
    {
        var j = t.Index - 1;
        for (var k = 0; k < 3 && j >= 0 && IsAuxiliaryOrAdverb(f, j); k++) j--;
        if (!f.IsWord(j, "and") && !f.IsWord(j, "but")) return null;
        if (f.IsPunct(j - 1, ',') && SpeakerOfReportedClause(f, j - 1) is var speaker and >= 0) return [speaker];
        Trigger? previous = null;
        foreach (var o in f.Triggers)
        {
            if (o == t) break;
            if ((o.Pattern.Flags & (PatternFlags.Noun | PatternFlags.SubjectIsRecipient)) == 0 && !o.Passive && o.End < j) previous = o;
        }
        if (previous is null || previous.Actors.Count == 0) return null;
        // Only when the earlier verb's clause runs on to the "and": a new clause ("…, which …") has its own subject.
        if (ClauseStart(f, t.Index) > previous.Index) return null;
        return previous.Actors;
    }

    /// <summary>
    /// "Zelensky said that troops were sent to fight, and accused Moscow …": after a reported clause, ", and" with a verb
    /// joins the speaker's own verbs, so the speaker (when an actor) is the subject, not the reported clause's subject.
    /// </summary>
    private static int SpeakerOfReportedClause(SentenceFrame f, int reported)
    {
        foreach (var a in f.Attributions)
            if (a.Speaker >= 0 && a.AppliesFrom > a.First && a.AppliesFrom <= reported && f.Mentions[a.Speaker].Actor is not null) return a.Speaker;
        return -1;
    }

    private static bool IsStativeCommitment(SentenceFrame f, Trigger t) =>
        !f.IsWord(t.End + 1, "by") && (f.IsWord(t.Index, "committed") || f.IsWord(t.Index, "dedicated") || f.IsWord(t.Index, "determined") || f.IsWord(t.Index, "resolved"));

    /// <summary>The first state named after "in" within a few tokens of <paramref name="from"/>, or -1.</summary>
    private static int LocativeState(SentenceFrame f, int from)
    {
        for (var j = from; j < f.Tokens.Count && j - from <= 4; j++)
        {
            if (f.IsHardBoundary(j) || f.IsPunct(j, ',')) return -1;
            if (!f.IsWord(j, "in")) continue;
            var k = f.IsWord(j + 1, "the") ? j + 2 : j + 1;
            var m = k < f.Tokens.Count ? f.MentionAt[k] : -1;
            return m >= 0 && f.Mentions[m].Kind is Sitrep.Domain.MentionKind.Name && f.Mentions[m].IsActor ? m : -1;
        }
        return -1;
    }

    /// <summary>A participle: the inflected past participle, or a literal form that looks like one ("=shelled", "=backed").</summary>
    private static bool IsParticiple(SentenceFrame f, Trigger t)
    {
        if (!t.Pattern.Literal) return t.IsParticiple;
        var word = f.Tokens[t.Index].In(f.Text);
        return word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A form of "be"/"get" before the participle, allowing adverbs and negation between.</summary>
    private static bool IsPassive(SentenceFrame f, int i)
    {
        for (var j = i - 1; j >= 0 && i - j <= 4; j--)
        {
            if (f.Is(j, Modifier.Passive)) return true;
            var t = f.Tokens[j];
            var adverb = t.Kind == TokenKind.Word && (f.Text.AsSpan(t.Start, t.Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                || f.Is(j, Modifier.Negation) || f.Is(j, Modifier.Hedge) || f.IsWord(j, "also") || f.IsWord(j, "already") || f.IsWord(j, "being") || f.IsWord(j, "been"));
            if (!adverb && t.Kind != TokenKind.Clitic) return false;
        }
        return false;
    }

    /// <summary>The first token of the clause that contains token <paramref name="i"/>.</summary>
    public static int ClauseStart(SentenceFrame f, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            // "The Homeland Union (Conservatives) began …": a short parenthetical aside does not end the clause.
            if (f.IsPunct(j, ')') && OpeningParenthesis(f, j) is var open and >= 0) { j = open; continue; }
            if (f.IsHardBoundary(j) || f.Is(j, Modifier.Clause) && f.MentionAt[j] < 0) return j + 1;
            foreach (var a in f.Attributions)
                if (a.AppliesFrom > a.First && a.Last == j) return j + 1; // "X said (that) …": the clause starts after the verb
        }
        return 0;
    }

    /// <summary>The "(" that opens a short aside (at most six tokens) closed at <paramref name="close"/>, or -1.</summary>
    private static int OpeningParenthesis(SentenceFrame f, int close)
    {
        for (var k = close - 1; k >= 0 && close - k <= 7; k--)
        {
            if (f.IsPunct(k, '(')) return k > 0 ? k : -1;
            if (f.IsPunct(k, ')') || f.Tokens[k].Kind == TokenKind.Newline) return -1;
        }
        return -1;
    }

    private static int Subject(SentenceFrame f, int trigger, HashSet<int> usedAsObject)
    {
        var start = ClauseStart(f, trigger);
        var fallback = -1;
        for (var j = trigger - 1; j >= start; j--)
        {
            var m = f.MentionAt[j];
            if (m < 0) continue;
            var span = f.Mentions[m];
            j = span.First;
            if (!span.IsActor || span.Speaker || usedAsObject.Contains(m)) continue;
            if (IsOblique(f, span.First)) { if (fallback < 0 && f.IsWord(span.First - 1, "of")) fallback = m; continue; }
            return AppositiveHead(f, m, trigger, usedAsObject);
        }
        // "Kim, who visited Moscow, …": the relative pronoun's antecedent.
        if (start > 1 && (f.IsWord(start - 1, "who") || f.IsWord(start - 1, "which")) && f.IsPunct(start - 2, ','))
        {
            var m = start - 3 >= 0 ? f.MentionAt[start - 3] : -1;
            if (m >= 0 && f.Mentions[m].IsActor && !f.Mentions[m].Speaker) return m;
        }
        return fallback;
    }

    /// <summary>
    /// "Pakistan, a key U.S. ally in the war on terror, has refused …": when the candidate sits inside an appositive
    /// (a comma after it, before the verb, and a comma before it that follows another actor), the actor before the
    /// appositive is the subject.
    /// </summary>
    private static int AppositiveHead(SentenceFrame f, int m, int trigger, HashSet<int> usedAsObject)
    {
        var span = f.Mentions[m];
        var closes = false;
        for (var j = span.Last + 1; j < trigger; j++) if (f.IsPunct(j, ',')) { closes = true; break; }
        if (!closes) return m;
        for (var j = span.First - 1; j >= 1 && span.First - j <= 8; j--)
        {
            if (f.IsHardBoundary(j)) break;
            if (!f.IsPunct(j, ',')) continue;
            var head = f.MentionAt[j - 1];
            if (head >= 0 && f.Mentions[head].IsActor && !f.Mentions[head].Speaker && !usedAsObject.Contains(head) && !IsOblique(f, f.Mentions[head].First))
                return head;
            break;
        }
        return m;
    }

    /// <summary>Is the mention starting at token <paramref name="first"/> the object of a preposition?</summary>
    internal static bool IsOblique(SentenceFrame f, int first)
    {
        var j = first - 1;
        if (j >= 0 && (f.IsWord(j, "the") || f.IsWord(j, "a") || f.IsWord(j, "an"))) j--;
        while (j >= 0 && f.Tokens[j].Kind == TokenKind.Number) j--; // "from 10,000 North Korean troops"
        if (j >= 0 && (f.IsWord(j, "some") || f.IsWord(j, "about") || f.IsWord(j, "least"))) j--;
        return j >= 0 && f.Is(j, Modifier.Oblique);
    }

    /// <summary>
    /// The first actor after the verb in its phrase that is not a place; failing that, a state the act took place in
    /// ("criticized the closure of guest houses in Bree", "arrived in Gondor"): with no one else named, the act
    /// concerns that state.
    /// </summary>
    private static int Recipient(SentenceFrame f, Trigger t)
    {
        // The dictionary says where the target stands: nowhere else.
        if (t.Pattern.TargetAfterMatch is { } skip) return PlacedTarget(f, t, skip);
        var place = -1;
        var found = RecipientOrPlace(f, t, ref place);
        if (found >= 0) return found;
        // "North Korean units fighting in Russia": where fighting happens is not whom it is against.
        return CombatWords.IsFighting(f, t) ? -1 : place;
    }

    private static int RecipientOrPlace(SentenceFrame f, Trigger t, ref int place)
    {
        var next = NextTriggerIndex(f, t);
        for (var j = t.Index + 1; j < f.Tokens.Count && j - t.End <= MaxRecipientDistance && j < next; j++)
        {
            if (j > t.End && (f.IsHardBoundary(j) || (f.Is(j, Modifier.Clause) && !f.IsWord(j, "that")) || f.Is(j, Modifier.Speech))) break;
            if (j > t.End && f.IsWord(j, "that") && !f.IsWord(j - 1, "to") && !AddressesThatClause(t.Pattern.Type)) break;
            // A recipient sits in the verb's own phrase: never across a comma ("…, South Korea's military said").
            if (j > t.End && f.IsPunct(j, ',')) break;
            var m = f.MentionAt[j];
            if (m < 0) continue;
            var span = f.Mentions[m];
            j = span.Last;
            // "warned Ukraine's partners": the verb has its object, one no code names; nothing further on is it.
            if (span.Possessor && !span.Speaker)
            {
                t.UncodedObject = true;
                return -1;
            }
            if (!span.IsActor || span.Speaker) continue;
            // "fighting for Russia": a "for" phrase names the side fought for, never the target of an attack.
            if (t.Pattern.Type == Sitrep.Domain.EventType.Assault && (f.IsWord(span.First - 1, "for") || NamesASide(f, span))) continue;
            // "to support its war against Ukraine": whom a helped effort is directed against is its adversary, never the
            // one helped.
            if (IsCooperative(t.Pattern.Type) && AfterAgainst(f, span)) continue;
            // "fired American missiles at …": before the preposition of the target comes what is fired, whoever made it.
            if (BeforeTargetPreposition(f, t, span)) continue;
            if (IsTheme(span, t) && SameCountryAsActor(f, span, t) && !IsDomesticTarget(f, span, t)) continue;
            if (IsLocative(f, span))
            {
                if (place < 0 && IsIn(f, span) && span.Kind is Sitrep.Domain.MentionKind.Name or Sitrep.Domain.MentionKind.Seat && !SameCountryAsActor(f, span, t)) place = m;
                continue;
            }
            if (StartsCoordinatedClause(f, span) && IsAlsoSubjectOfLaterVerb(f, m)) break;
            return m;
        }
        return -1;
    }

    private static bool IsCooperative(Sitrep.Domain.EventType type) =>
        type is Sitrep.Domain.EventType.Support or Sitrep.Domain.EventType.Aid or Sitrep.Domain.EventType.Cooperate or Sitrep.Domain.EventType.Agree;

    /// <summary>Is the mention the object of "against" ("against Ukraine", "against the rebels")?</summary>
    private static bool AfterAgainst(SentenceFrame f, MentionSpan span)
    {
        var k = span.First - 1;
        if (f.IsWord(k, "the")) k--;
        return f.IsWord(k, "against");
    }

    /// <summary>"fought on the North Korean side", "on Russia's side": the side one fights on is an ally, not the target.</summary>
    private static bool NamesASide(SentenceFrame f, MentionSpan span)
    {
        var next = span.Last + 1;
        if (next < f.Tokens.Count && f.Tokens[next].Kind == Sitrep.Text.TokenKind.Clitic) next++;
        return f.IsWord(next, "side");
    }

    /// <summary>A mention before the "at"/"into"/"against" of an ASSAULT pattern ("fire * at"): the projectile, not the target.</summary>
    private static bool BeforeTargetPreposition(SentenceFrame f, Trigger t, MentionSpan span)
    {
        if (t.Pattern.Type != Sitrep.Domain.EventType.Assault) return false;
        foreach (var l in t.LiteralTokens)
            if (l > span.Last && (f.IsWord(l, "at") || f.IsWord(l, "into") || f.IsWord(l, "against") || f.IsWord(l, "on"))) return true;
        return false;
    }

    /// <summary>
    /// "Gollum allowed that Mordor is no place to visit", "Eriador expressed hopes that Osgiliath could be drawn in": a
    /// verb with no one acted on in its own phrase, followed by a that-clause, concerns the clause's subject. The
    /// subject must open the clause ("that the Kremlin …"); -1 otherwise.
    /// </summary>
    private static int ThatClauseSubject(SentenceFrame f, Trigger t)
    {
        if (t.Actors.Count == 0 || t.Pattern.TargetAfterMatch is not null) return -1;
        for (var j = t.End + 1; j < f.Tokens.Count && j - t.End <= MaxRecipientDistance; j++)
        {
            if (f.IsHardBoundary(j) || f.IsPunct(j, ',') || f.Is(j, Modifier.Speech) || IsTriggerAt(f, j) || f.MentionAt[j] >= 0) return -1;
            if (!f.IsWord(j, "that")) continue;
            var k = f.IsWord(j + 1, "the") ? j + 2 : j + 1;
            var m = k < f.Tokens.Count ? f.MentionAt[k] : -1;
            if (m < 0 || !f.Mentions[m].IsActor || f.Mentions[m].Speaker || t.Actors.Contains(m)) return -1;
            return SameCountryAsActor(f, f.Mentions[m], t) ? -1 : m;
        }
        return -1;
    }

    /// <summary>
    /// The target a pattern places after its matched words ("celebrated Eid at Osgiliath with Gondor": GON): the
    /// first actor after them, in the same clause, once <paramref name="skip"/> actors are passed; -1 if none.
    /// </summary>
    private static int PlacedTarget(SentenceFrame f, Trigger t, int skip)
    {
        for (var j = t.End + 1; j < f.Tokens.Count && j - t.End <= MaxRecipientDistance; j++)
        {
            if (f.IsHardBoundary(j) || f.Is(j, Modifier.Clause) || f.Is(j, Modifier.Speech) || f.IsPunct(j, ',')) return -1;
            var m = f.MentionAt[j];
            if (m < 0) continue;
            j = f.Mentions[m].Last;
            if (!f.Mentions[m].IsActor || f.Mentions[m].Speaker) continue;
            if (skip-- > 0) continue;
            return m;
        }
        return -1;
    }

    /// <summary>"in Ukraine", "in the Central African Republic" (not "near", "around": drills around an island stay a place).</summary>
    private static bool IsIn(SentenceFrame f, MentionSpan span) =>
        f.IsWord(span.First - 1, "in") || (f.IsWord(span.First - 1, "the") && f.IsWord(span.First - 2, "in"));

    /// <summary>"in Ukraine", "near the Lebanese border": the mention is where, not whom.</summary>
    private static bool IsLocative(SentenceFrame f, MentionSpan span) =>
        (span.First > 0 && f.Is(span.First - 1, Modifier.Locative))
        || (span.First > 1 && (f.IsWord(span.First - 1, "the") || f.IsWord(span.First - 1, "a")) && f.Is(span.First - 2, Modifier.Locative));

    // "South Korea demanded that North Korea withdraw": the subject of the demanded act is who is addressed.
    private static bool AddressesThatClause(Sitrep.Domain.EventType type) =>
        type is Sitrep.Domain.EventType.Request or Sitrep.Domain.EventType.Accuse or Sitrep.Domain.EventType.Threaten or Sitrep.Domain.EventType.Reject;

    // "sent North Korean troops to Russia": the mention that contains the pattern's object word is what is sent, not who receives it.
    private static bool IsTheme(MentionSpan span, Trigger t)
    {
        foreach (var l in t.LiteralTokens) if (l >= span.First && l <= span.Last) return true;
        return false;
    }

    /// <summary>
    /// "banned Ugandan opposition candidates", "arrested Egyptian students": when force, coercion or an accusation
    /// falls on a group of the actor's own country, the group named by the object word is the recipient.
    /// </summary>
    private static bool IsDomesticTarget(SentenceFrame f, MentionSpan span, Trigger t)
    {
        if (t.Pattern.Type is not (Sitrep.Domain.EventType.Coerce or Sitrep.Domain.EventType.Assault
            or Sitrep.Domain.EventType.Accuse or Sitrep.Domain.EventType.Threaten)) return false;
        if (t.Actors.Count == 0 || span.Actor!.Sector is not { } sector) return false;
        // "its own troops", "their police": the actor's own agents, not a target.
        if (f.IsWord(span.First, "its") || f.IsWord(span.First, "their") || f.IsWord(span.First, "his") || f.IsWord(span.First, "her")) return false;
        foreach (var a in t.Actors) if (f.Mentions[a].Actor!.Sector == sector) return false;
        return true;
    }

    private static bool SameCountryAsActor(SentenceFrame f, MentionSpan span, Trigger t)
    {
        if (t.Actors.Count == 0) return true;
        foreach (var a in t.Actors) if (f.Mentions[a].Actor!.Code == span.Actor!.Code) return true;
        return false;
    }

    private static int NextTriggerIndex(SentenceFrame f, Trigger t)
    {
        // Nominal triggers ("food aid", "the strikes") are objects of this verb, not new clauses.
        foreach (var o in f.Triggers) if (o.Index > t.End && (o.Pattern.Flags & PatternFlags.Noun) == 0) return o.Index;
        return int.MaxValue;
    }

    private static readonly string[] By = ["by"];
    private static readonly string[] FromOrBy = ["from", "by"];

    private static int AfterPreposition(SentenceFrame f, int from, string[] preps)
    {
        for (var j = from; j < f.Tokens.Count && j - from <= MaxRecipientDistance; j++)
        {
            if (f.IsHardBoundary(j) || f.Is(j, Modifier.Clause)) return -1;
            var hit = false;
            foreach (var p in preps) if (f.IsWord(j, p)) hit = true;
            if (!hit) continue;
            for (var k = j + 1; k < f.Tokens.Count && k - j <= 5; k++)
            {
                var m = f.MentionAt[k];
                if (m >= 0 && f.Mentions[m].IsActor && !f.Mentions[m].Speaker) return m;
                if (f.IsPunct(k, ',') || f.IsHardBoundary(k)) break;
            }
        }
        return -1;
    }

    // "Russian strikes on Kharkiv", "Russia's attack on Ukraine", "attacks by the Houthis on shipping".
    private static void NominalRoles(SentenceFrame f, Trigger t)
    {
        for (var j = t.Index - 1; j >= 0 && t.Index - j <= 3; j--)
        {
            var m = f.MentionAt[j];
            if (m >= 0 && f.Mentions[m].IsActor && !f.Mentions[m].Speaker) { AddCoordinated(f, m, t.Actors, left: true); break; }
            if (f.Tokens[j].Kind != TokenKind.Word && f.Tokens[j].Kind != TokenKind.Clitic) break;
            if (f.Is(j, Modifier.Oblique) || f.Is(j, Modifier.Clause) || IsTriggerAt(f, j)) break;
        }
        if (t.Actors.Count == 0)
        {
            var by = AfterPreposition(f, t.Index + 1, By);
            if (by >= 0) AddCoordinated(f, by, t.Actors, left: false);
        }
        var r = Recipient(f, t);
        if (r >= 0 && !t.Actors.Contains(r)) AddCoordinated(f, r, t.Recipients, left: false);
        if (t.Actors.Count == 0) t.Reason = "nominal event without an actor";
    }

    private static bool IsTriggerAt(SentenceFrame f, int i)
    {
        foreach (var t in f.Triggers) if (t.Index == i) return true;
        return false;
    }

    /// <summary>Adds mention <paramref name="m"/> and those coordinated with it by "and", "," or "as well as".</summary>
    private static void AddCoordinated(SentenceFrame f, int m, List<int> into, bool left)
    {
        into.Add(m);
        var cur = m;
        while (true)
        {
            var span = f.Mentions[cur];
            var step = left ? -1 : 1;
            var j = left ? span.First - 1 : span.Last + 1;
            // "Fornost and the evil awful Gondor": adjectives before the member further on (or before the current one,
            // going left) do not break the coordination.
            if (left) j = SkipAdjectives(f, j, step);
            var sawConj = false;
            var sawWord = false; // a conjunction word, not only a comma
            while (j >= 0 && j < f.Tokens.Count && (f.IsWord(j, "and") || f.IsWord(j, "nor") || f.IsPunct(j, ',') || f.IsWord(j, "as") || f.IsWord(j, "well") || f.IsWord(j, "both") || f.IsWord(j, "the")))
            {
                sawConj |= f.IsWord(j, "and") || f.IsWord(j, "nor") || f.IsPunct(j, ',') || f.IsWord(j, "well");
                sawWord |= f.IsWord(j, "and") || f.IsWord(j, "nor") || f.IsWord(j, "well");
                j += step;
            }
            if (!left) j = SkipAdjectives(f, j, step);
            if (!sawConj || j < 0 || j >= f.Tokens.Count) return;
            var next = f.MentionAt[j];
            if (next < 0 || !f.Mentions[next].IsActor || f.Mentions[next].Speaker || into.Contains(next)) return;
            // "struck Ukraine and neighbouring Moldova summoned …": the earlier verb's object is not in the new subject.
            if (left && f.UsedAsObject.Contains(next)) return;
            if (!left && IsAlsoSubjectOfLaterVerb(f, next)) return;
            if (left && f.IsWord(f.Mentions[next].First - 1, "of")) return;
            // "In Ukraine, Russian drones struck …": a phrase opened by a preposition and closed by a bare comma is an
            // introduction, not a member of the subject list ("between Moscow and Pyongyang", "after X and Y signed" are).
            if (left && !sawWord && AfterPreposition(f, f.Mentions[next].First)) return;
            into.Add(next);
            cur = next;
        }
    }

    /// <summary>
    /// Does a preposition open the phrase of the mention starting at <paramref name="first"/>, perhaps with "the" and
    /// an adjective or two between ("in eastern Ukraine", "across the war-torn north")?
    /// </summary>
    private static bool AfterPreposition(SentenceFrame f, int first)
    {
        var k = first - 1;
        for (var n = 0; n < 3 && k >= 0; n++, k--)
        {
            var t = f.Tokens[k];
            if (f.IsWord(k, "the")) continue;
            if (t.Kind != TokenKind.Word || f.MentionAt[k] >= 0 || !char.IsLower(f.Text[t.Start]) || f.Mods[k] != Modifier.None) break;
        }
        return f.Is(k, Modifier.Oblique);
    }

    /// <summary>
    /// Steps over up to two lower-case words that can only be modifiers of the next name here ("the evil awful Gondor"):
    /// not verbs of this sentence, not function words of any class, not numbers. Returns where the walk stopped,
    /// or <paramref name="j"/> unchanged if what follows them is not an actor.
    /// </summary>
    private static int SkipAdjectives(SentenceFrame f, int j, int step)
    {
        var k = j;
        for (var n = 0; n < 2 && k >= 0 && k < f.Tokens.Count; n++, k += step)
        {
            var t = f.Tokens[k];
            if (t.Kind != TokenKind.Word || f.MentionAt[k] >= 0 || !char.IsLower(f.Text[t.Start]) || f.Mods[k] != Modifier.None || IsTriggerAt(f, k)
                || f.IsWord(k, "and") || f.IsWord(k, "nor") || f.IsWord(k, "the") || f.IsWord(k, "of") || f.IsDeterminer(k)) break;
        }
        if (k == j) return j;
        // Going right the actor must follow the adjectives; going left the conjunction must come before them.
        if (step > 0) return k < f.Tokens.Count && f.MentionAt[k] >= 0 ? k : j;
        return k >= 0 && (f.IsWord(k, "and") || f.IsWord(k, "nor") || f.IsPunct(k, ',') || f.IsWord(k, "the")) ? k : j;
    }

    /// <summary>Is the mention right after "and" or a comma (so it may open a new clause)?</summary>
    private static bool StartsCoordinatedClause(SentenceFrame f, MentionSpan span)
    {
        var j = span.First - 1;
        if (j >= 0 && (f.IsWord(j, "the") || f.IsWord(j, "a"))) j--;
        return j >= 0 && (f.IsWord(j, "and") || f.IsPunct(j, ',') || f.IsWord(j, "but") || f.IsWord(j, "while"));
    }

    // "Russia attacked Ukraine, and North Korea sent troops": a coordinated mention followed by its own verb starts a new clause.
    private static bool IsAlsoSubjectOfLaterVerb(SentenceFrame f, int m)
    {
        var j = f.Mentions[m].Last + 1;
        // Auxiliaries and adverbs may stand between subject and verb: "North Korea has also sent".
        for (var k = 0; k < 3 && j < f.Tokens.Count && IsAuxiliaryOrAdverb(f, j); k++) j++;
        foreach (var t in f.Triggers)
            if (t.Index == j && (t.Pattern.Flags & PatternFlags.Noun) == 0) return true;
        return false;
    }

    private static bool IsAuxiliaryOrAdverb(SentenceFrame f, int j)
    {
        var t = f.Tokens[j];
        if (t.Kind == TokenKind.Clitic) return true;
        if (t.Kind != TokenKind.Word) return false;
        return f.Is(j, Modifier.Passive) || f.Is(j, Modifier.Negation) || f.Is(j, Modifier.Intent) || f.Is(j, Modifier.Hedge)
            || f.IsWord(j, "has") || f.IsWord(j, "have") || f.IsWord(j, "had") || f.IsWord(j, "also") || f.IsWord(j, "then") || f.IsWord(j, "later")
            || f.Text.AsSpan(t.Start, t.Length).EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    private static void RemoveSelfReference(SentenceFrame f, Trigger t)
    {
        // The same actor on both sides with the same sector says nothing ("Russia … Russia"); different sectors are domestic events.
        t.Recipients.RemoveAll(r => t.Actors.Exists(a => f.Mentions[a].Actor == f.Mentions[r].Actor));
    }
}
