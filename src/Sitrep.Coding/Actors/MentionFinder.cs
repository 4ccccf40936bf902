using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Finds actors in a sentence: dictionary phrases first (longest match), then composition of adjacent
/// pieces into one actor ("North Korean" + "troops" → PRK/MIL; "Russian" + "President" + "Vladimir Putin";
/// "South Korea" + "'s" + "National Intelligence Service"; "troops" + "from" + "North Korea"), then
/// in-document reference (surnames, "its troops", "he", epithets).
/// </summary>
internal sealed class MentionFinder(ActorDictionary dictionary)
{
    private readonly List<ActorEntry> _entries = [];
    private readonly List<ActorEntry> _orgScratch = [];
    private readonly List<ActorCode> _epithet = [];
    private readonly List<MentionSpan> _raw = [];
    private readonly List<Token> _leader = [default];

    public void Find(string text, List<Token> tokens, ReadOnlySpan<int> ids, ReadOnlySpan<WordRoles> roles, ulong present, DateOnly? date, DocumentMemory memory, List<MentionSpan> into)
    {
        _raw.Clear();
        ScanRaw(text, tokens, ids, roles, (present & OrganizationNouns) != 0, date, memory);
        Compose(text, tokens, memory, into);
        LearnEpithets(text, tokens, into, memory);
    }

    // An unlisted organisation's name needs one of these nouns: a sentence without any has none.
    private static readonly ulong OrganizationNouns = SentenceFrame.SetOf(
        FunctionWord.Party, FunctionWord.Front, FunctionWord.Movement, FunctionWord.Union, FunctionWord.Congress, FunctionWord.League,
        FunctionWord.Association, FunctionWord.Forum, FunctionWord.Committee, FunctionWord.Commission, FunctionWord.Council,
        FunctionWord.Federation, FunctionWord.Foundation, FunctionWord.Society, FunctionWord.Institute, FunctionWord.Office,
        FunctionWord.Organization, FunctionWord.Organisation, FunctionWord.Agency, FunctionWord.Syndicate, FunctionWord.Confederation);

    private void ScanRaw(string text, List<Token> tokens, ReadOnlySpan<int> ids, ReadOnlySpan<WordRoles> roles, bool mayNameOrganization, DateOnly? date, DocumentMemory memory)
    {
        // Epithets are learnt after the scan, so whether there are any is known for the whole sentence.
        var epithets = memory.Epithets.Count > 0;
        for (var i = 0; i < tokens.Count;)
        {
            var t = tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                i++;
                continue;
            }
            // Most words start no phrase: the calls (and the lists they fill) are skipped on an array read.
            var n = (roles[i] & WordRoles.StartsActor) != 0 ? dictionary.Phrases.MatchLongest(text, tokens, ids, i, _entries) : 0;
            var e = epithets ? memory.Epithets.MatchLongest(text, tokens, i, _epithet) : 0;
            if (n == 0 && e == 0 && NothingElseApplies(text, t, ids[i]))
            {
                i++;
                continue;
            }
            if (e > n && e > 0)
            {
                _raw.Add(new MentionSpan(i, i + e - 1, _epithet[0], _epithet[0].Sector, MentionKind.Reference));
                i += e;
                continue;
            }
            if (mayNameOrganization && Math.Max(n, e) < UnlistedOrganization.MaxTokens && t.Kind == TokenKind.Word && !Is(t, ids[i], Articles)
                && UnlistedOrganization.Length(text, tokens, i, out var political, out var igo) is var orgLength && orgLength > Math.Max(n, e)
                && UnlistedOrganization.Code(text, tokens, ids, i, i + orgLength - 1, political, igo, dictionary.Phrases, _orgScratch) is { } org)
            {
                _raw.Add(new MentionSpan(i, i + orgLength - 1, org, org.Sector, MentionKind.Organization));
                memory.LastState = org;
                i += orgLength;
                continue;
            }
            if (n > 0 && UnlistedOfficial.IsTitle(_entries[0]) && !AfterActorOrPossessive(tokens, i)
                && UnlistedOfficial.NameLength(text, tokens, ids, i + n, dictionary.Phrases, _orgScratch) is var nameLength and > 0
                && UnlistedOfficial.StateOfSentence(text, tokens, ids, dictionary.Phrases, _orgScratch) is { } state)
            {
                var official = new ActorCode(state, _entries[0].Sector);
                _raw.Add(new MentionSpan(i, i + n + nameLength - 1, official, official.Sector, MentionKind.Person));
                memory.LastPerson = official;
                i += n + nameLength;
                continue;
            }
            if (n > 0)
            {
                var entry = Choose(_entries, date);
                if (entry.Discard || NamesLanguage(text, tokens, i + n, entry)) { i += n; continue; }
                var code = entry.CodeOn(date);
                _raw.Add(new MentionSpan(i, i + n - 1, code, code?.Sector ?? entry.Sector, entry.Kind)
                {
                    Agent = entry.Kind == MentionKind.Sector && AgentCodes.IsAgent(entry.Entity) ? entry.Entity : null,
                });
                if (entry.Kind == MentionKind.Person && code is not null) memory.RememberPerson(entry.Entity ?? entry.Phrase, code);
                if (entry.Kind is MentionKind.Name or MentionKind.Seat or MentionKind.Adjective or MentionKind.Organization or MentionKind.Group && code is not null)
                    memory.LastState = entry.Kind is MentionKind.Organization or MentionKind.Group ? code : entry.BareCode;
                i += n;
                continue;
            }
            if (LedCompound.Leader(text, t) is { } leader && LeaderState(text, leader, date) is { } led)
            {
                _raw.Add(new MentionSpan(i, i, led, null, MentionKind.Adjective));
                memory.LastState = led;
            }
            else if (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && memory.TryAlias(t.In(text), out var alias))
            {
                _raw.Add(new MentionSpan(i, i, alias, alias.Sector, MentionKind.Reference));
                memory.LastPerson = alias;
            }
            else if (Is(t, ids[i], HeOrShe))
            {
                if (memory.LastPerson is { } p) _raw.Add(new MentionSpan(i, i, p, p.Sector, MentionKind.Reference));
            }
            // "Hungary has said it will support …": a subject pronoun refers to the last state (or group) named.
            else if (Is(t, ids[i], It) && memory.LastState is { } st && (StartsVerbGroup(text, Next(tokens, i)) || IsPersonalCopula(text, tokens, i)))
            {
                _raw.Add(new MentionSpan(i, i, st, st.Sector, MentionKind.Reference));
            }
            else if (Is(t, ids[i], They) && (RecentGroupInSentence() ?? memory.LastPlural ?? memory.LastState) is { } pl)
            {
                _raw.Add(new MentionSpan(i, i, pl, pl.Sector, MentionKind.Reference));
            }
            else if (Is(t, ids[i], ItsOrTheir) && memory.LastState is { } s)
            {
                // Only "its troops"/"their government": a possessive pronoun before a sector word.
                _raw.Add(new MentionSpan(i, i, new ActorCode(s.Code), null, MentionKind.Reference) { Pronoun = true });
            }
            i++;
        }
    }

    /// <summary>
    /// Most words start no dictionary phrase, are not capitalised, end in no "-led" and are no pronoun: none of the
    /// rules below can apply to them, and testing that takes a few character reads instead of a dozen comparisons.
    /// </summary>
    private static bool NothingElseApplies(string text, Token t, int id)
    {
        if (t.Kind != TokenKind.Word || char.IsUpper(text[t.Start]) || SentenceFrame.InSet(id, Pronouns)) return false;
        return !(t.Length > LedCompound.Suffix.Length && text[t.End - LedCompound.Suffix.Length] == '-');
    }

    private static readonly ulong Pronouns = SentenceFrame.SetOf(
        FunctionWord.He, FunctionWord.She, FunctionWord.It, FunctionWord.They, FunctionWord.Its, FunctionWord.Their);

    /// <summary>"the Russian language", "Ukrainian language schools": an adjective before "language" names a tongue, not a state.</summary>
    private static bool NamesLanguage(string text, List<Token> tokens, int next, ActorEntry entry) =>
        entry.Kind == MentionKind.Adjective && next < tokens.Count
        && (IsWord(text, tokens[next], "language") || IsWord(text, tokens[next], "languages"));

    /// <summary>The state named by the part of "X-led" before the hyphen: a country name or adjective only.</summary>
    private ActorCode? LeaderState(string text, Token leader, DateOnly? date)
    {
        _leader[0] = leader;
        if (dictionary.Phrases.MatchLongest(text, _leader, 0, _entries) == 0) return null;
        var entry = Choose(_entries, date);
        if (entry.Discard || entry.Kind is not (MentionKind.Name or MentionKind.Adjective)) return null;
        return entry.CodeOn(date) is { } code ? new ActorCode(code.Code) : null;
    }

    /// <summary>
    /// The group most recently named in this sentence, for "they": "The Fijian rebels said they will …" →
    /// FJI/REB (an adjective followed by a sector word), else the last named actor with a sector.
    /// </summary>
    private ActorCode? RecentGroupInSentence()
    {
        for (var k = _raw.Count - 1; k >= 0; k--)
        {
            var r = _raw[k];
            if (r.Kind == MentionKind.Sector && r.Actor is null && k > 0 && _raw[k - 1].Actor is { } owner && _raw[k - 1].Last + 1 == r.First)
                return new ActorCode(owner.Code, r.Sector);
            if (r.Actor is { Sector: not null } withSector && r.Kind != MentionKind.Person) return withSector;
        }
        return null;
    }

    /// <summary>Among entries of one phrase, the most specific: people in office, then groups, names, seats, adjectives, sectors.</summary>
    private static ActorEntry Choose(List<ActorEntry> entries, DateOnly? date)
    {
        var best = entries[0];
        var bestRank = Rank(best, date);
        for (var k = 1; k < entries.Count; k++)
        {
            var r = Rank(entries[k], date);
            if (r < bestRank) (best, bestRank) = (entries[k], r);
        }
        return best;
    }

    private static int Rank(ActorEntry e, DateOnly? date) => e.Discard ? -1 : e.Kind switch
    {
        MentionKind.Person => e.InOffice(date) ? 0 : 6,
        MentionKind.Group or MentionKind.Organization => 1,
        MentionKind.Name => 2,
        MentionKind.Seat => 3,
        MentionKind.Adjective => 4,
        _ => 5,
    };

    private void Compose(string text, List<Token> tokens, DocumentMemory memory, List<MentionSpan> into)
    {
        string? distributed = null;
        for (var k = 0; k < _raw.Count; k++)
        {
            var m = _raw[k];
            // "lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": the sector owned by
            // the first state of a list belongs to each state of it.
            if (distributed is not null)
            {
                if (m.Actor is { Sector: null } bare && m.Kind is MentionKind.Name or MentionKind.Seat && into.Count > 0
                    && IsListed(text, tokens, into[^1].Last, m.First) && (k + 1 >= _raw.Count || _raw[k + 1].First > m.Last + 1))
                    m = new MentionSpan(m.First, m.Last, bare with { Sector = distributed }, distributed, m.Kind);
                else distributed = null;
            }
            var pronoun = m.Pronoun;
            // Glue following pieces: sector words, people, entities, through "'s" when the head has a country.
            while (k + 1 < _raw.Count)
            {
                var next = _raw[k + 1];
                var gap = next.First - m.Last - 1;
                var possessive = gap == 1 && tokens[m.Last + 1].Kind == TokenKind.Clitic && m.Actor is not null;
                if (gap != 0 && !possessive) break;
                if (!TryMerge(ref m, next)) break;
                k++;
            }
            if (pronoun && m.Sector is null)
                continue; // "its" with nothing to own: not an actor
            // "troops from North Korea", "the government of Ukraine", "security forces in Guinea", "opposition groups in
            // Zimbabwe", "rebels in the Ivory Coast": a bare sector (and one plain noun after it) owned by a following state.
            if (m.Actor is null && k + 1 < _raw.Count && OwnerAfter(text, tokens, m, _raw[k + 1]) is { } owner)
            {
                m = new MentionSpan(m.First, _raw[k + 1].Last, AgentCodes.Join(new ActorCode(owner.Code, null, owner.Entity), m.Sector, m.Agent), m.Sector, MentionKind.Sector);
                k++;
                distributed = m.Sector;
            }
            into.Add(m);
            if (m.Actor is { } a)
            {
                if (m.Kind is MentionKind.Name or MentionKind.Adjective or MentionKind.Seat && a.Code.Length == 3) memory.LastState = new ActorCode(a.Code);
                if (m.Kind == MentionKind.Sector || (m.Sector is not null && m.Kind != MentionKind.Person)) memory.LastPlural = a;
            }
        }
    }

    private static ActorCode? OwnerAfter(string text, List<Token> tokens, MentionSpan sector, MentionSpan next)
    {
        if (next.Actor is not { } owner || next.Kind is not (MentionKind.Name or MentionKind.Adjective or MentionKind.Seat)) return null;
        var j = sector.Last + 1;
        // One plain lower-case noun may sit between: "opposition groups in", "rebel leaders in".
        if (j < next.First && tokens[j].Kind == TokenKind.Word && char.IsLower(text[tokens[j].Start]) && !IsPreposition(text, tokens[j])) j++;
        if (j >= next.First || !IsPreposition(text, tokens[j])) return null;
        j++;
        if (j < next.First && IsWord(text, tokens[j], "the")) j++;
        return j == next.First ? owner : null;
    }

    /// <summary>Only a list separator stands between the two mentions: ",", "and", ", and", optionally "the".</summary>
    private static bool IsListed(string text, List<Token> tokens, int previousLast, int first)
    {
        var sawSeparator = false;
        for (var j = previousLast + 1; j < first; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punct && text[t.Start] == ',') sawSeparator = true;
            else if (IsWord(text, t, "and")) sawSeparator = true;
            else if (!IsWord(text, t, "the")) return false;
        }
        return sawSeparator;
    }

    private static bool IsPreposition(string text, Token t) => IsWord(text, t, "from") || IsWord(text, t, "of") || IsWord(text, t, "in");

    /// <summary>Merges <paramref name="next"/> into <paramref name="m"/> when together they name one actor.</summary>
    private static bool TryMerge(ref MentionSpan m, MentionSpan next)
    {
        // Head with a country, followed by a sector word: "North Korean troops", "Russia's defence ministry".
        if (next.Kind == MentionKind.Sector && next.Actor is null)
        {
            if (m.Actor is null) { m = new MentionSpan(m.First, next.Last, null, next.Sector ?? m.Sector, MentionKind.Sector) { Agent = next.Agent ?? m.Agent }; return true; }
            var sector = next.Sector ?? m.Sector;
            m = new MentionSpan(m.First, next.Last, AgentCodes.Join(m.Actor, sector, next.Agent), sector, m.Kind == MentionKind.Reference ? MentionKind.Reference : m.Kind);
            return true;
        }
        // An organisation whose agent code goes before the country's, named before it: "MSF Arnor" (PETRARCH "MSF [NGO~]").
        if (m.Actor is null && AgentCodes.IsPrefix(m.Agent) && next.Kind is MentionKind.Name or MentionKind.Adjective && next.Actor is { } country)
        {
            var sector = m.Sector ?? country.Sector;
            m = new MentionSpan(m.First, next.Last, AgentCodes.Join(country, sector, m.Agent), sector, next.Kind);
            return true;
        }
        // A title or nationality before a person: "President Vladimir Putin", "Russian Foreign Minister Sergei Lavrov".
        if (next.Kind == MentionKind.Person && next.Actor is { } person && (m.Actor is null || m.Actor.Code == person.Code || m.Kind is MentionKind.Adjective or MentionKind.Name))
        {
            m = new MentionSpan(m.First, next.Last, person, person.Sector, MentionKind.Person);
            return true;
        }
        // A titled actor followed by a name coded to the same state: "Bree Prime Minister Romendacil" (a name known
        // only by its code, as imported PETRARCH dictionaries have it) is one government actor, not two.
        if (next.Kind == MentionKind.Name && next.Actor is { } named && m.Actor is { Sector: not null } titled && named.Code == titled.Code && m.Kind != MentionKind.Reference)
        {
            m = new MentionSpan(m.First, next.Last, named with { Sector = named.Sector ?? titled.Sector }, named.Sector ?? titled.Sector, MentionKind.Name);
            return true;
        }
        // A state's own body: "South Korea's National Intelligence Service", "Russia's Wagner".
        if (next.Kind is MentionKind.Group or MentionKind.Organization && next.Actor is { } group && m.Actor is { } head && group.Code == head.Code)
        {
            m = new MentionSpan(m.First, next.Last, group, group.Sector, next.Kind);
            return true;
        }
        return false;
    }

    // "X, often called the Hermit Kingdom," / "X, known as the Storm Corps": remember the epithet for the document.
    private static void LearnEpithets(string text, List<Token> tokens, List<MentionSpan> mentions, DocumentMemory memory)
    {
        foreach (var m in mentions)
        {
            if (m.Actor is null) continue;
            var i = m.Last + 1;
            if (i >= tokens.Count || text[tokens[i].Start] != ',') continue;
            i++;
            if (i < tokens.Count && (IsWord(text, tokens[i], "often") || IsWord(text, tokens[i], "also") || IsWord(text, tokens[i], "sometimes") || IsWord(text, tokens[i], "widely") || IsWord(text, tokens[i], "commonly"))) i++;
            if (i < tokens.Count && IsWord(text, tokens[i], "known") && i + 1 < tokens.Count && IsWord(text, tokens[i + 1], "as")) i += 2;
            else if (i < tokens.Count && (IsWord(text, tokens[i], "called") || IsWord(text, tokens[i], "dubbed") || IsWord(text, tokens[i], "nicknamed"))) i++;
            else continue;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Punct) i++; // opening quote
            var start = i;
            if (i < tokens.Count && IsWord(text, tokens[i], "the")) i++;
            var words = new List<string>();
            for (var j = start; j < tokens.Count && j - start < 5; j++)
            {
                var t = tokens[j];
                if (t.Kind != TokenKind.Word || (j > start && !char.IsUpper(text[t.Start]))) break;
                words.Add(t.In(text).ToString());
            }
            if (words.Count >= 2 || (words.Count == 1 && !IsWord(text, tokens[start], "the")))
                memory.Epithets.Add([.. words], m.Actor);
        }
    }

    /// <summary>
    /// Is this token the start of a verb group ("will", "has", "launched", "says")? Only then is "it" a subject worth
    /// resolving; "denied it." or "it is unclear" are left alone.
    /// </summary>
    private static bool StartsVerbGroup(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsLower(text[t.Start])) return false;
        var w = t.In(text);
        foreach (var aux in Auxiliaries) if (w.Equals(aux, StringComparison.OrdinalIgnoreCase)) return true;
        return w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)));
    }

    /// <summary>"it is willing to", "it was ready to" — but not "it is unclear", "it was reported", "it is a …".</summary>
    private static bool IsPersonalCopula(string text, List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count) return false;
        if (!IsWord(text, tokens[i + 1], "is") && !IsWord(text, tokens[i + 1], "was")) return false;
        var next = tokens[i + 2].In(text);
        foreach (var w in PersonalStates) if (next.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] PersonalStates = ["willing", "ready", "prepared", "determined", "committed", "considering", "planning", "seeking", "trying", "preparing", "sending", "deploying", "refusing", "demanding", "calling", "offering", "continuing"];

    private static readonly string[] Auxiliaries = ["will", "would", "could", "can", "may", "might", "should", "must", "has", "had", "have", "did", "does", "also", "plans", "wants"];

    private static Token Next(List<Token> tokens, int i) => i + 1 < tokens.Count ? tokens[i + 1] : default;

    // "Kenya's President …", "Russian President …": the state is already named; composition joins them.
    private bool AfterActorOrPossessive(List<Token> tokens, int i) =>
        i > 0 && (tokens[i - 1].Kind == TokenKind.Clitic || (_raw.Count > 0 && _raw[^1].Last == i - 1));

    private static readonly ulong Articles = SentenceFrame.SetOf(FunctionWord.The, FunctionWord.A, FunctionWord.An);
    private static readonly ulong HeOrShe = SentenceFrame.SetOf(FunctionWord.He, FunctionWord.She);
    private static readonly ulong It = SentenceFrame.SetOf(FunctionWord.It);
    private static readonly ulong They = SentenceFrame.SetOf(FunctionWord.They);
    private static readonly ulong ItsOrTheir = SentenceFrame.SetOf(FunctionWord.Its, FunctionWord.Their);

    /// <summary>Is the token (word number <paramref name="id"/>) a word of <paramref name="set"/>? As <see cref="IsWord"/>, by number.</summary>
    private static bool Is(Token t, int id, ulong set) => t.Kind == TokenKind.Word && SentenceFrame.InSet(id, set);

    // The length test first: most comparisons fail on it, without a call into the case-insensitive compare.
    public static bool IsWord(string text, Token t, string word) =>
        t.Kind == TokenKind.Word && t.Length == word.Length && t.In(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
