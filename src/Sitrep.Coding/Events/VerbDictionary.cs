using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Event patterns indexed by every inflected form of their trigger, for one hash lookup per token.
/// Format of verbs.txt: PATTERN | TYPE | mode | context | cameo | flags (see the file's header).
/// </summary>
public sealed class VerbDictionary(Vocabulary words)
{
    // Forms by their number in the vocabulary; a word that is no trigger has an empty slot. The arrays the coder reads
    // are made from the lists once loading is over (and again if a pattern is added later).
    private readonly List<List<TriggerForm>?> _byForm = [];
    private TriggerForm[]?[]? _compact;

    public VerbDictionary() : this(new Vocabulary()) { }

    /// <summary>The vocabulary the trigger forms are numbered in.</summary>
    public Vocabulary Words => words;

    private readonly List<EventPattern> _patterns = [];

    public int PatternCount => _patterns.Count;

    /// <summary>Every pattern added, in load order (for explanations and validation reports).</summary>
    public IReadOnlyList<EventPattern> Patterns => _patterns;

    /// <summary>
    /// A pattern reached through one form of its trigger; <see cref="IsParticiple"/> marks past participles (for the
    /// passive). <see cref="Needs"/> is the mask of the pattern's most selective word, and the other properties copy
    /// what the trigger finder asks of a pattern before matching it, so that most patterns of a common verb are ruled
    /// out from this struct alone, without following pointers to the pattern and its elements (empty mask: the
    /// pattern needs no word).
    /// </summary>
    public readonly record struct TriggerForm(EventPattern Pattern, bool IsParticiple)
    {
        public WordMask Needs { get; init; }

        /// <summary>The pattern's <see cref="EventPattern.Specificity"/>.</summary>
        public int Specificity { get; init; }

        /// <summary>The pattern's <see cref="EventPattern.Literal"/>.</summary>
        public bool Literal { get; init; }

        /// <summary>Does the pattern have elements before or after the trigger? Without any, the trigger alone matches.</summary>
        public bool HasElements { get; init; }

        /// <summary>The pattern's <see cref="EventPattern.Flags"/>.</summary>
        public PatternFlags Flags { get; init; }

        /// <summary>
        /// The masks of the pattern's literal elements, after and before the trigger: a sentence must meet each. Empty
        /// when there is at most one, which <see cref="Needs"/> already is.
        /// </summary>
        public WordMask[] Masks { get; init; } = [];
    }

    private static TriggerForm FormOf(EventPattern p, bool participle, WordMask needs) => new(p, participle)
    {
        Needs = needs,
        Specificity = p.Specificity,
        Literal = p.Literal,
        Flags = p.Flags,
        HasElements = p.Elements.Count + p.Before.Count > 0,
        Masks = MasksOf(p),
    };

    // A pattern with one literal element is ruled out by Needs alone: no array to follow.
    private static WordMask[] MasksOf(EventPattern p)
    {
        var masks = p.Elements.Concat(p.Before).Where(e => !e.IsGap).Select(e => e.Mask).ToArray();
        return masks.Length > 1 ? masks : [];
    }

    public bool TryGet(ReadOnlySpan<char> word, out TriggerForm[] forms) => TryGet(words.Find(word), out forms);

    /// <summary>The patterns triggered by word number <paramref name="id"/> of <see cref="Words"/>.</summary>
    public bool TryGet(int id, out TriggerForm[] forms)
    {
        var compact = _compact ?? Compact();
        forms = (uint)id < (uint)compact.Length ? compact[id]! : null!;
        return forms is not null;
    }

    // Built by whichever thread asks first once loading is over; concurrent builders make equal arrays.
    private TriggerForm[]?[] Compact()
    {
        var compact = new TriggerForm[]?[_byForm.Count];
        for (var id = 0; id < compact.Length; id++) compact[id] = _byForm[id]?.ToArray();
        _compact = compact;
        return compact;
    }

    public void Load(DataFile file, Inflector inflector, IReadOnlyDictionary<string, string>? cameoTypes, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length is < 5 or > 6) { errors.Add(line.Error($"expected 'PATTERN | TYPE | mode | context | cameo [| flags]', found {line.Fields.Length} fields")); continue; }
            if (!EventTypes.TryParse(line.Field(1), out var type)) { errors.Add(line.Error($"unknown PLOVER event type '{line.Field(1)}'")); continue; }
            var cameo = Empty(line.Field(4));
            if (cameo is not null && (!cameo.All(char.IsAsciiDigit) || cameo.Length is < 2 or > 4)) { errors.Add(line.Error($"'{cameo}' is not a CAMEO code")); continue; }
            if (cameo is not null && cameoTypes is not null && cameoTypes.TryGetValue(cameo, out var mapped) && !string.Equals(mapped, type.Name(), StringComparison.Ordinal))
            { errors.Add(line.Error($"CAMEO {cameo} maps to {mapped}, not {type.Name()}")); continue; }
            if (!TryFlags(line.Field(5), out var flags)) { errors.Add(line.Error($"unknown flag in '{line.Field(5)}' (subject-is-recipient, needs-object, noun)")); continue; }
            if (!TryParsePattern(line.Field(0), out var trigger, out var literal, out var elements, out var why)) { errors.Add(line.Error(why)); continue; }
            var pattern = new EventPattern(line.Field(0), trigger, literal, elements, type, Empty(line.Field(2)), Empty(line.Field(3)), cameo, flags, $"{file.Name}:{line.Number}");
            Add(pattern, inflector);
        }
    }

    public void Add(EventPattern pattern, Inflector inflector)
    {
        if (pattern.Literal)
        {
            AddForm(pattern.Lemma, FormOf(pattern, false, NeedsOf(pattern)));
        }
        else
        {
            var forms = inflector.Forms(pattern.Lemma);
            var needs = NeedsOf(pattern);
            foreach (var f in forms.All())
                AddForm(f, FormOf(pattern, f == forms.PastParticiple, needs));
        }
        _patterns.Add(pattern);
    }

    /// <summary>
    /// Adds a pattern under trigger forms the caller lists (a dictionary that spells out irregular forms,
    /// "break {broke broken}"); <c>Participle</c> marks past participles, for the passive.
    /// </summary>
    public void Add(EventPattern pattern, IEnumerable<(string Form, bool Participle)> forms)
    {
        var needs = NeedsOf(pattern);
        foreach (var (form, participle) in forms) AddForm(IsFolded(form) ? form : TokenKeys.Fold(form), FormOf(pattern, participle, needs));
        _patterns.Add(pattern);
    }

    /// <summary>The mask of the literal element with the fewest words: the likeliest to be missing from a sentence.</summary>
    private static WordMask NeedsOf(EventPattern p)
    {
        WordMask best = default;
        var bestBits = int.MaxValue;
        foreach (var e in p.Elements.Concat(p.Before))
        {
            if (e.IsGap || e.Mask.Bits >= bestBits) continue;
            (best, bestBits) = (e.Mask, e.Mask.Bits);
        }
        return best;
    }

    private static bool IsFolded(string s)
    {
        foreach (var c in s) if (WordMask.Fold(c) != c) return false;
        return true;
    }

    private void AddForm(string form, TriggerForm t)
    {
        var id = words.GetOrAdd(form);
        words.AddRole(id, WordRoles.Trigger);
        while (_byForm.Count <= id) _byForm.Add(null);
        (_byForm[id] ??= []).Add(t);
        _compact = null;
    }

    public static bool TryParsePattern(string text, out string trigger, out bool literal, out List<PatternElement> elements, out string why)
    {
        trigger = ""; literal = false; elements = []; why = "";
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) { why = "empty pattern"; return false; }
        var first = parts[0];
        literal = first.StartsWith('=');
        trigger = TokenKeys.Fold(literal ? first[1..] : first);
        if (trigger.Length == 0 || trigger.Contains('|') || trigger == "*") { why = $"'{first}' is not a trigger word"; return false; }
        if (Tokenizer.Tokenize(trigger).Count != 1) { why = $"trigger '{first}' must be one token"; return false; }
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i] == "*")
            {
                if (elements.Count > 0 && elements[^1].IsGap) { why = "two gaps in a row"; return false; }
                elements.Add(PatternElement.Gap);
                continue;
            }
            var alts = parts[i].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(TokenKeys.Fold).ToArray();
            if (alts.Length == 0) { why = $"empty alternative in '{parts[i]}'"; return false; }
            elements.Add(new PatternElement(alts));
        }
        if (elements.Count > 0 && elements[^1].IsGap) { why = "a pattern cannot end with a gap"; return false; }
        return true;
    }

    private static bool TryFlags(string s, out PatternFlags flags)
    {
        flags = PatternFlags.None;
        foreach (var f in s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (f)
            {
                case "subject-is-recipient": flags |= PatternFlags.SubjectIsRecipient; break;
                case "needs-object": flags |= PatternFlags.NeedsObject; break;
                case "noun": flags |= PatternFlags.Noun; break;
                default: return false;
            }
        }
        return true;
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
