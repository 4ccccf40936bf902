using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// The working state for one sentence, reused across sentences to avoid allocation: tokens, the modifier
/// class starting at each token, actor mentions, attributions, dates and quantities.
/// </summary>
internal sealed class SentenceFrame
{
    public string Text = "";
    public Sentence Sentence;
    public readonly List<Token> Tokens = new(64);
    public Modifier[] Mods = new Modifier[64];
    public int[] ModLength = new int[64];
    public readonly List<MentionSpan> Mentions = new(16);
    public readonly List<AttributionSpan> Attributions = new(2);
    public readonly List<DateMention> Dates = new(4);
    public readonly List<Quantity> Quantities = new(4);
    public readonly List<Trigger> Triggers = new(8);

    /// <summary>Scratch for the trigger finder: the tokens the best pattern so far matched at the current word.</summary>
    public readonly List<int> TriggerLiterals = new(8);

    /// <summary>Mentions already taken as the object of a verb in this sentence (kept here to be reused, not reallocated).</summary>
    public readonly HashSet<int> UsedAsObject = new(8);

    /// <summary>Mention index covering each token, or -1.</summary>
    public int[] MentionAt = new int[64];

    /// <summary>Each token's word number in the lexicon's <see cref="Vocabulary"/>, or <see cref="Vocabulary.Unknown"/>.</summary>
    public int[] WordIds = new int[64];

    /// <summary>The words of the sentence, hashed (see <see cref="WordMask"/>).</summary>
    public WordMask Words;

    /// <summary>Each token's class for the date and quantity scanners (see <see cref="TokenClasses"/>).</summary>
    public TokenClass[] TextClasses = new TokenClass[64];

    /// <summary>What each token's word can start (see <see cref="WordRoles"/>).</summary>
    public WordRoles[] Roles = new WordRoles[64];

    /// <summary>The function words the sentence contains, as bits (see <see cref="InSet"/>).</summary>
    public ulong Present;

    /// <summary>The word numbers of the sentence's tokens.</summary>
    public ReadOnlySpan<int> Ids => WordIds.AsSpan(0, Tokens.Count);

    public void Reset(string text, Sentence sentence)
    {
        Text = text;
        Sentence = sentence;
        Tokens.Clear();
        Mentions.Clear();
        Attributions.Clear();
        Dates.Clear();
        Quantities.Clear();
        Triggers.Clear();
        UsedAsObject.Clear();
    }

    /// <summary>
    /// Looks every token up once in the lexicon's vocabulary, and notes the sentence's words for the trigger finder:
    /// every matcher after this one reads word numbers, not text.
    /// </summary>
    public void Lex(Vocabulary vocabulary)
    {
        var n = Tokens.Count;
        if (Mods.Length < n)
        {
            Mods = new Modifier[n * 2];
            ModLength = new int[n * 2];
            MentionAt = new int[n * 2];
            WordIds = new int[n * 2];
            Roles = new WordRoles[n * 2];
            TextClasses = new TokenClass[n * 2];
        }
        Span<ulong> words = stackalloc ulong[4];
        var present = 0UL;
        var text = Text;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        var ids = WordIds.AsSpan(0, n);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Newline) { ids[i] = Vocabulary.Unknown; Roles[i] = WordRoles.None; TextClasses[i] = TokenClass.None; continue; }
            var id = vocabulary.Of(text, t, out var bit, out var ascii);
            // The scanners' words are in the vocabulary: an ASCII word needs no lookup of its own for them.
            TextClasses[i] = t.Kind == TokenKind.Word && ascii
                ? (vocabulary.TextClassOf(id) is var c and not TokenClass.None ? c : TokenClasses.OfUnlistedWord(text, t))
                : TokenClasses.Of(text, t);
            ids[i] = id;
            Roles[i] = vocabulary.RolesOf(id);
            words[bit >> 6] |= 1UL << (bit & 63);
            if ((uint)id < 64) present |= 1UL << id;
        }
        Words = new WordMask(words[0], words[1], words[2], words[3]);
        Present = present;
    }

    public void Prepare(Modifiers modifiers, List<Modifier> scratch)
    {
        var n = Tokens.Count;
        var ids = Ids;
        Array.Clear(Mods, 0, n);
        Array.Clear(ModLength, 0, n);
        for (var i = 0; i < n; i++)
        {
            var t = Tokens[i];
            // Words inside an actor's name are not modifiers: "the United States", "the Islamic State".
            if ((Roles[i] & WordRoles.StartsModifier) == 0 || t.Kind is not (TokenKind.Word or TokenKind.Clitic) || MentionAt[i] >= 0) continue;
            int len;
            if (modifiers.PlainClasses(ids[i]) is var plain and not Modifier.None)
            {
                (Mods[i], len) = (plain, 1);
            }
            else
            {
                len = modifiers.Phrases.MatchLongest(Text, Tokens, ids, i, scratch);
                if (len == 0) continue;
                foreach (var m in scratch) Mods[i] |= m;
            }
            // A verb after a determiner is a noun: "a Palestinian state", "the report", "a claim".
            if ((Mods[i] & (Modifier.Speech | Modifier.Denial)) != 0 && FollowsDeterminer(i))
                Mods[i] &= ~(Modifier.Speech | Modifier.Denial);
            ModLength[i] = len;
        }
    }

    public void IndexMentions()
    {
        Array.Fill(MentionAt, -1, 0, Tokens.Count);
        for (var m = 0; m < Mentions.Count; m++)
            for (var i = Mentions[m].First; i <= Mentions[m].Last; i++) MentionAt[i] = m;
    }

    /// <summary>Is token <paramref name="i"/> preceded by a determiner or possessive (so a verb form there is a noun)?</summary>
    public bool FollowsDeterminer(int i)
    {
        var j = i - 1;
        // Skip one nationality adjective: "a Palestinian state" (but not "the Pentagon said", "South Korea's military said").
        if (j >= 1 && MentionAt[j] >= 0 && Mentions[MentionAt[j]].Kind == Sitrep.Domain.MentionKind.Adjective && Mentions[MentionAt[j]].First == j && IsDeterminer(j - 1)) return true;
        return IsDeterminer(j);
    }

    /// <summary>A determiner or possessive at token <paramref name="j"/>: what follows it is a noun phrase.</summary>
    public bool IsDeterminer(int j)
    {
        if (j < 0) return false;
        var t = Tokens[j];
        if (t.Kind == TokenKind.Clitic) return Text[t.Start + 1] is 's' or 'S';
        return t.Kind == TokenKind.Word && InSet(WordIds[j], Determiners);
    }

    /// <summary>Quantifiers and adjectives that only precede nouns: "more fighting", "heavy shelling", "renewed attacks".</summary>
    public bool IsNounOnlyModifier(int j) => j >= 0 && j < Tokens.Count && Tokens[j].Kind == TokenKind.Word && InSet(WordIds[j], NounOnlyModifiers);

    private static readonly ulong Determiners = SetOf(
        FunctionWord.The, FunctionWord.A, FunctionWord.An, FunctionWord.Its, FunctionWord.Their, FunctionWord.His, FunctionWord.Her,
        FunctionWord.This, FunctionWord.These, FunctionWord.Those, FunctionWord.Our, FunctionWord.Every, FunctionWord.Each,
        FunctionWord.No, FunctionWord.Any);

    private static readonly ulong NounOnlyModifiers = SetOf(
        FunctionWord.More, FunctionWord.Heavy, FunctionWord.Fierce, FunctionWord.Further, FunctionWord.Renewed,
        FunctionWord.Intense, FunctionWord.Fresh, FunctionWord.Recent);

    /// <summary>A set of function words as bits (they are numbered below 64).</summary>
    public static ulong SetOf(params FunctionWord[] words)
    {
        var set = 0UL;
        foreach (var w in words) set |= 1UL << (int)w;
        return set;
    }

    /// <summary>Is word number <paramref name="id"/> one of the function words in <paramref name="set"/>?</summary>
    public static bool InSet(int id, ulong set) => (uint)id < 64 && ((set >> id) & 1) != 0;

    public bool Is(int i, Modifier m) => i >= 0 && i < Tokens.Count && (Mods[i] & m) != 0;

    public bool IsWord(int i, string word) => i >= 0 && i < Tokens.Count && MentionFinder.IsWord(Text, Tokens[i], word);

    /// <summary>Is token <paramref name="i"/> the word <paramref name="word"/>? A comparison of numbers (see <see cref="Lex"/>).</summary>
    public bool IsWord(int i, FunctionWord word) => i >= 0 && i < Tokens.Count && WordIds[i] == (int)word && Tokens[i].Kind == TokenKind.Word;

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punct && Text[Tokens[i].Start] == c;

    /// <summary>Sentence-internal punctuation that closes a clause for actor search.</summary>
    public bool IsHardBoundary(int i)
    {
        var t = Tokens[i];
        if (t.Kind == TokenKind.Newline) return true;
        if (t.Kind != TokenKind.Punct) return false;
        var c = Text[t.Start];
        return c is ';' or ':' or '(' or ')' or '—' or '–' or '?' or '!' || (c == '.' && i == Tokens.Count - 1);
    }

    public bool IsQuote(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punct && Text[Tokens[i].Start] is '"' or '“' or '”' or '\'' or '‘' or '’';

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];
}

/// <summary>Who a part of the sentence is attributed to; applies to triggers between <see cref="AppliesFrom"/> and <see cref="AppliesTo"/>.</summary>
internal readonly record struct AttributionSpan(int First, int Last, int Speaker, int AppliesFrom, int AppliesTo);

/// <summary>A matched event pattern in a sentence: trigger token, last matched token, and the literal tokens.</summary>
internal sealed record Trigger(int Index, int End, EventPattern Pattern, bool IsParticiple, int[] LiteralTokens)
{
    public List<int> Actors { get; } = [];
    public List<int> Recipients { get; } = [];
    public bool Passive { get; set; }
    public string? Reason { get; set; }
    /// <summary>The verb's object is there but has no code ("warned Ukraine's partners"): a pattern that needs an object has one.</summary>
    public bool UncodedObject { get; set; }
    /// <summary>Violence whose perpetrator the text does not name: coded with its victims and no actor.</summary>
    public bool UnnamedActor { get; set; }
}
