using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// One element of a pattern beside the trigger: literal alternatives, or a gap of up to <see cref="MaxGap"/> tokens.
/// <see cref="Words"/> are one-token alternatives; <see cref="Phrases"/> are several-token alternatives
/// ("swiss francs", "did n't") whose words must stand together.
/// </summary>
public sealed record PatternElement(string[]? Words)
{
    public const int MaxGap = 6;

    /// <summary>Alternatives of more than one token each, already tokenised and folded.</summary>
    public string[][]? Phrases
    {
        get;
        init
        {
            field = value;
            Mask = WordMask.Of(Words, value);
            Index = AlternativeIndex.For(Words, value);
        }
    }

    /// <summary>For elements with many alternatives (synonym sets): the alternatives by first and last word.</summary>
    internal AlternativeIndex? Index { get; private set; }

    /// <summary>The words that can start a match, hashed: a sentence without any of them cannot match.</summary>
    public WordMask Mask { get; private set; } = WordMask.Of(Words, null);

    public bool IsGap => Words is null && Phrases is null;
    public static readonly PatternElement Gap = new((string[]?)null);
}

/// <summary>
/// The alternatives of a large element (a synonym set of dozens of words and phrases) by their first and by their
/// last word, longest first, so matching costs one lookup per token instead of one comparison per alternative.
/// </summary>
internal sealed class AlternativeIndex
{
    private const int Threshold = 8;

    private readonly Dictionary<string, string[][]> _byFirst;
    private readonly Dictionary<string, string[][]> _byLast;
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _first;
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _last;

    private AlternativeIndex(List<string[]> alternatives)
    {
        _byFirst = Group(alternatives, a => a[0]);
        _byLast = Group(alternatives, a => a[^1]);
        _first = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _last = _byLast.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static AlternativeIndex? For(string[]? words, string[][]? phrases)
    {
        var all = new List<string[]>();
        if (words is not null) all.AddRange(words.Select(w => new[] { w }));
        if (phrases is not null) all.AddRange(phrases.Where(p => p.Length > 0));
        return all.Count > Threshold ? new AlternativeIndex(all) : null;
    }

    /// <summary>Alternatives whose first word is <paramref name="token"/> (folded as in <see cref="WordMask.Fold"/>), longest first.</summary>
    public string[][]? StartingWith(ReadOnlySpan<char> token) => Find(_first, token);

    /// <summary>Alternatives whose last word is <paramref name="token"/>, longest first.</summary>
    public string[][]? EndingWith(ReadOnlySpan<char> token) => Find(_last, token);

    private static string[][]? Find(Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> token)
    {
        if (token.Length > 64) return null;
        Span<char> folded = stackalloc char[token.Length];
        for (var i = 0; i < token.Length; i++) folded[i] = WordMask.Fold(token[i]);
        return lookup.TryGetValue(folded, out var found) ? found : null;
    }

    private static Dictionary<string, string[][]> Group(List<string[]> alternatives, Func<string[], string> key) =>
        alternatives.GroupBy(key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Length).ToArray(), StringComparer.Ordinal);
}

/// <summary>
/// A 256-bit set of hashed words, folded as tokens are compared (case, typographic apostrophes and hyphens):
/// which words a sentence contains, or which words an element needs one of. Intersecting two is a cheap first
/// test that lets the trigger finder skip most patterns of a common verb without looking at their words.
/// </summary>
public readonly record struct WordMask(ulong A, ulong B, ulong C, ulong D)
{
    public static WordMask Of(string[]? words, string[][]? phrases)
    {
        var mask = default(WordMask);
        if (words is not null) foreach (var w in words) mask = mask.With(w);
        if (phrases is not null) foreach (var p in phrases) if (p.Length > 0) mask = mask.With(p[0]);
        return mask;
    }

    public WordMask With(ReadOnlySpan<char> word) => WithBit(Bit(word));

    /// <summary>The set with bit <paramref name="bit"/> (0–255, see <see cref="Bit"/>) added.</summary>
    public WordMask WithBit(int bit)
    {
        var one = 1UL << (bit & 63);
        return (bit >> 6) switch
        {
            0 => this with { A = A | one },
            1 => this with { B = B | one },
            2 => this with { C = C | one },
            _ => this with { D = D | one },
        };
    }

    public bool Intersects(in WordMask other) => ((A & other.A) | (B & other.B) | (C & other.C) | (D & other.D)) != 0;

    public bool IsEmpty => (A | B | C | D) == 0;

    /// <summary>How many words' bits are set.</summary>
    public int Bits => System.Numerics.BitOperations.PopCount(A) + System.Numerics.BitOperations.PopCount(B)
        + System.Numerics.BitOperations.PopCount(C) + System.Numerics.BitOperations.PopCount(D);

    /// <summary>The word's bit, 0–255: FNV-1a over its folded characters.</summary>
    public static int Bit(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ Fold(c)) * 16777619u;
        return BitOfHash(h);
    }

    /// <summary>The bit of a word whose FNV-1a hash over its folded characters is <paramref name="hash"/>.</summary>
    public static int BitOfHash(uint hash) => (int)((hash ^ (hash >> 16)) & 255);

    /// <summary>How a character compares: lower case, typographic apostrophes and hyphens as ASCII.</summary>
    public static char Fold(char c) => c switch
    {
        '’' or 'ʼ' or '‘' => '\'',
        '‐' or '‑' => '-',
        _ => char.ToLowerInvariant(c),
    };
}

[Flags]
public enum PatternFlags
{
    None = 0,
    /// <summary>The grammatical subject receives the action ("came under fire from").</summary>
    SubjectIsRecipient = 1,
    /// <summary>Only code when an actor follows the trigger in the clause.</summary>
    NeedsObject = 2,
    /// <summary>A nominal trigger ("Russian strikes on Kharkiv"): the actor is the modifier or the by-phrase.</summary>
    Noun = 4,
    /// <summary>
    /// A compound subject acts on itself, each member on each other ("Gondor and Osgiliath delayed their
    /// meeting": GON→OSG and OSG→GON). PETRARCH marks such patterns with "%".
    /// </summary>
    Mutual = 8,
    /// <summary>
    /// Matches, so that less specific patterns of the same word do not fire, but codes nothing (PETRARCH's null
    /// code "---", and imported codes PLOVER does not use).
    /// </summary>
    NoEvent = 16,
}

/// <summary>
/// The event a recipient performs in return, from paired codes such as PETRARCH's [032:033]: "X arrived in Y"
/// is X visiting Y (042) and Y hosting X (043).
/// </summary>
public sealed record CounterEvent(EventType Type, string? Mode, string? Context, string? Cameo);

/// <summary>A line of verbs.txt: trigger + following words → PLOVER type, mode, context and CAMEO code.</summary>
public sealed record EventPattern(
    string Text,
    string Lemma,
    bool Literal,
    IReadOnlyList<PatternElement> Elements,
    EventType Type,
    string? Mode,
    string? Context,
    string? Cameo,
    PatternFlags Flags,
    string Source)
{
    /// <summary>Elements before the trigger, in text order ("indicated would *": indicated, gap, would).</summary>
    public IReadOnlyList<PatternElement> Before
    {
        get;
        init
        {
            field = value;
            Specificity = Literals(Elements) + Literals(value) + Required(Flags);
        }
    } = [];

    /// <summary>
    /// Where the target stands when the pattern says so (PETRARCH's "+" closing a pattern after its last word, as in
    /// "* EID AT ^ WITH +"): the first actor after the matched words once this many phrases ("^") are passed. Null
    /// when the pattern does not place the target.
    /// </summary>
    public int? TargetAfterMatch { get; init; }

    /// <summary>The pattern and where it was defined, as events show it: "strike * Kyiv (verbs.txt:12)". Made once per pattern.</summary>
    public string Described { get; } = $"{Text} ({Source})";

    /// <summary>The event the recipient performs in return, when the dictionary pairs one with this pattern.</summary>
    public CounterEvent? Counter { get; init; }

    /// <summary>
    /// How specific the pattern is: the number of literal words it requires beside the trigger, and one for a
    /// required compound subject (<see cref="PatternFlags.Mutual"/>).
    /// </summary>
    public int Specificity { get; private set; } = Literals(Elements) + Required(Flags);

    private static int Required(PatternFlags flags) => (flags & PatternFlags.Mutual) != 0 ? 1 : 0;

    private static int Literals(IReadOnlyList<PatternElement> elements)
    {
        var n = 0;
        foreach (var e in elements) if (!e.IsGap) n++;
        return n;
    }
}
