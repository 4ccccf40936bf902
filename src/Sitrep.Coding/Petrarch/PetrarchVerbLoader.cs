using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// Converts a PETRARCH verb dictionary into Sitrep event patterns. Every verb of a block gets the block's
/// patterns: words before "*" become elements before the trigger, words after it elements after; a blank lets
/// other words stand between, "_" does not. The verb's code comes from the CAMEO → PLOVER table and stays on the
/// pattern. "+" before the verb (or "$" after it) means the grammatical subject is the target
/// (<see cref="PatternFlags.SubjectIsRecipient"/>); "%" marks a compound subject acting on itself
/// (<see cref="PatternFlags.Mutual"/>); a paired code "[032:033]" gives the recipient's event in return
/// (<see cref="EventPattern.Counter"/>), and "[:173]" only that one. Null and unused codes still match, so that
/// a specific pattern keeps a general one from firing, but code nothing (<see cref="PatternFlags.NoEvent"/>).
/// </summary>
public static class PetrarchVerbLoader
{
    private sealed record Shape(List<PatternElement> Before, List<PatternElement> After, PatternFlags Flags, int? TargetAfterMatch);

    /// <summary>
    /// What a code string ("064", "032:033", ":173", "---") becomes, worked out once per distinct string: the
    /// outcome and reading of its main side, the recipient's act in return, and whether the roles turn round.
    /// </summary>
    private sealed record CodePlan(CodeOutcome Outcome, PloverReading Reading, string Cameo, CounterEvent? Counter, bool SubjectIsRecipient);

    private sealed class Counts
    {
        public int Events, SilentNull, SilentUnmapped, BareSkipped, Invalid;
    }

    public static void Load(DataFile file, VerbDictionary into, Inflector inflector, CameoPlover table, PetrarchImportOptions options,
        List<DataFileError> errors, List<string> notes)
    {
        var parsed = PetrarchVerbFile.Parse(file, errors);
        var synsets = new SynsetElements(parsed.Synsets);
        var counts = new Counts();
        var plans = new Dictionary<string, CodePlan>(StringComparer.Ordinal);
        CodePlan Plan(string code) => plans.TryGetValue(code, out var plan) ? plan : plans[code] = PlanOf(code, table, options);
        foreach (var block in parsed.Blocks)
        {
            // One source string per pattern line, shared by every verb the pattern is given to.
            var shapes = new List<(PetrarchPattern Pattern, Shape Shape, CodePlan Plan, string Source)>();
            foreach (var p in block.Patterns)
            {
                var plan = Plan(p.Code);
                if (plan.Outcome == CodeOutcome.Invalid)
                {
                    counts.Invalid++;
                    errors.Add(new DataFileError(file.Name, p.Line, $"'{p.Code}' is not an event code"));
                    continue;
                }
                if (TryShape(p.Units, synsets, out var shape, out var why)) shapes.Add((p, shape, plan, $"{file.Name}:{p.Line}"));
                else errors.Add(new DataFileError(file.Name, p.Line, why));
            }
            foreach (var verb in block.Verbs)
            {
                var forms = FormsOf(verb, inflector);
                var (pre, post) = VerbElements(verb);
                if ((verb.Code ?? block.Code) is not { } own) counts.BareSkipped++;
                else if (Plan(own) is { Outcome: CodeOutcome.Invalid }) { counts.Invalid++; errors.Add(new DataFileError(file.Name, verb.Line, $"'{own}' is not an event code")); }
                else if (Plan(own) is not { Outcome: CodeOutcome.Event } ownPlan) counts.BareSkipped++; // a verb with no event of its own adds nothing
                else Add(into, forms, verb, $"{verb.Display} [{own}]", $"{file.Name}:{verb.Line}", ownPlan, pre, post, PatternFlags.None, counts);
                foreach (var (p, shape, plan, source) in shapes)
                {
                    var text = $"{ReplaceStar(p.Text, verb.Display)} [{p.Code}]";
                    // Element lists are shared between the verbs of a block unless a multi-word verb adds its own words.
                    var before = pre.Count == 0 ? shape.Before : [.. shape.Before, .. pre];
                    var after = post.Count == 0 ? shape.After : [.. post, .. shape.After];
                    Add(into, forms, verb, text, source, plan, before, after, shape.Flags, counts, shape.TargetAfterMatch);
                }
            }
        }
        notes.Add($"{file.Name}: {counts.Events} event patterns from {parsed.Blocks.Count} verb blocks; "
            + $"{counts.SilentUnmapped + counts.SilentNull} patterns match but code nothing ({counts.SilentUnmapped} with codes PLOVER does not use, "
            + $"{counts.SilentNull} with the null code); {counts.BareSkipped} verbs with no event of their own; {counts.Invalid} invalid codes; "
            + $"{parsed.Transformations} transformation lines not used");
    }

    private static CodePlan PlanOf(string code, CameoPlover table, PetrarchImportOptions options)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var primary = (colon < 0 ? code : code[..colon]).Trim();
        var second = colon < 0 ? "" : code[(colon + 1)..].Trim();
        var flip = false;
        if (primary.Length == 0 && second.Length > 0)
        {
            // "[:173]": only the recipient's act, so the grammatical subject is the one acted on.
            (primary, second, flip) = (second, "", true);
        }
        var outcome = PetrarchCodeReader.Read(primary, table, options, out var reading);
        if (second.Length > 0 && PetrarchCodeReader.Read(second, table, options, out _) == CodeOutcome.Invalid) outcome = CodeOutcome.Invalid;
        if (outcome != CodeOutcome.Event) reading = new PloverReading(EventType.Agree, null, null); // never coded: NoEvent
        CounterEvent? counter = null;
        if (second.Length > 0 && PetrarchCodeReader.Read(second, table, options, out var back) == CodeOutcome.Event)
            counter = new CounterEvent(back.Type, back.Mode, back.Context, second);
        return new CodePlan(outcome, reading, primary, counter, flip);
    }

    private static void Add(VerbDictionary into, List<(string, bool)> forms, PetrarchVerb verb, string text, string source, CodePlan plan,
        List<PatternElement> before, List<PatternElement> after, PatternFlags flags, Counts counts, int? targetAfterMatch = null)
    {
        if (plan.SubjectIsRecipient) flags ^= PatternFlags.SubjectIsRecipient;
        switch (plan.Outcome)
        {
            case CodeOutcome.Event: counts.Events++; break;
            // A pattern whose code is null or unused still claims its match, so the verb's own code does not fire.
            case CodeOutcome.Unmapped: counts.SilentUnmapped++; flags |= PatternFlags.NoEvent; break;
            default: counts.SilentNull++; flags |= PatternFlags.NoEvent; break;
        }
        var r = plan.Reading;
        var pattern = new EventPattern(text, verb.Lemma, false, after, r.Type, r.Mode, r.Context, plan.Cameo, flags, source)
        {
            Before = before,
            Counter = plan.Outcome == CodeOutcome.Event ? plan.Counter : null,
            // Only where the grammatical subject is the source: a turned-round pattern's "+" is its subject.
            TargetAfterMatch = (flags & PatternFlags.SubjectIsRecipient) == 0 ? targetAfterMatch : null,
        };
        into.Add(pattern, forms);
    }

    /// <summary>Forms of the verb: those listed in "{...}" with the base, or the inflector's; past participles marked for the passive.</summary>
    private static List<(string, bool)> FormsOf(PetrarchVerb verb, Inflector inflector)
    {
        var lemma = verb.Lemma;
        var forms = new List<(string, bool)> { (lemma, lemma.EndsWith("ed", StringComparison.Ordinal)) };
        if (verb.Forms is { } listed)
        {
            foreach (var f in listed)
                if (!forms.Exists(x => x.Item1 == f)) forms.Add((f, f.EndsWith("ed", StringComparison.Ordinal) || f.EndsWith("en", StringComparison.Ordinal) || f.EndsWith("wn", StringComparison.Ordinal)));
            return forms;
        }
        var inflected = inflector.Forms(lemma);
        foreach (var f in inflected.All())
            if (f != lemma) forms.Add((f, f == inflected.PastParticiple));
        return forms;
    }

    private static (List<PatternElement> Pre, List<PatternElement> Post) VerbElements(PetrarchVerb verb)
    {
        var pre = verb.Words[..verb.VerbIndex].Select(w => new PatternElement([w])).ToList();
        var post = verb.Words[(verb.VerbIndex + 1)..].Select(w => new PatternElement([w])).ToList();
        return (pre, post);
    }

    private static string ReplaceStar(string text, string verb)
    {
        var star = text.IndexOf('*', StringComparison.Ordinal);
        return star < 0 ? text : text[..star] + verb + text[(star + 1)..];
    }

    /// <summary>Elements before and after the verb, and the flags the markers give.</summary>
    private static bool TryShape(IReadOnlyList<PatternUnit> units, SynsetElements synsets, out Shape shape, out string why)
    {
        shape = null!;
        why = "";
        var star = 0;
        while (units[star].Kind != UnitKind.Verb) star++;
        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        var flags = PatternFlags.None;
        bool sourceBefore = false, sourceAfter = false, targetBefore = false;
        for (var n = 0; n < units.Count; n++)
        {
            if (n == star) continue;
            var u = units[n];
            var into = n < star ? before : after;
            if (u.GapBefore) AddGap(into);
            switch (u.Kind)
            {
                case UnitKind.Word:
                    foreach (var w in PetrarchWords.Split(u.Text)) into.Add(new PatternElement([w]));
                    break;
                case UnitKind.Synset:
                    if (!synsets.TryGet(u.Text, out var element)) { why = $"synset {u.Text} is not defined before this pattern"; return false; }
                    into.Add(element);
                    break;
                default:
                    if (u.Kind == UnitKind.Source) { if (n < star) sourceBefore = true; else sourceAfter = true; }
                    if (u.Kind == UnitKind.Target && n < star) targetBefore = true;
                    // "% *": a compound subject acting on itself. After the verb ("* WITH %") it is only a compound object.
                    if (u.Kind == UnitKind.Mutual && n < star) flags |= PatternFlags.Mutual;
                    AddGap(into); // an actor or a skipped phrase stands here
                    break;
            }
            if (n == star - 1 && units[star].GapBefore) AddGap(before);
        }
        while (before.Count > 0 && before[0].IsGap) before.RemoveAt(0);
        while (after.Count > 0 && after[^1].IsGap) after.RemoveAt(after.Count - 1);
        if (targetBefore || (sourceAfter && !sourceBefore)) flags |= PatternFlags.SubjectIsRecipient;
        shape = new Shape(before, after, flags, TargetAfterMatch(units, star));
        return true;
    }

    /// <summary>
    /// "* EID AT ^ WITH +", "* AT ^ +": a "+" that closes the pattern after a word of it (past any "^") places the
    /// target after the matched words; the number of "^" between says how many phrases to pass. Null otherwise.
    /// </summary>
    private static int? TargetAfterMatch(IReadOnlyList<PatternUnit> units, int star)
    {
        if (units.Count - 1 <= star || units[^1].Kind != UnitKind.Target) return null;
        var skips = 0;
        var n = units.Count - 2;
        for (; n > star && units[n].Kind == UnitKind.Skip; n--) skips++;
        return n > star && units[n].Kind is UnitKind.Word or UnitKind.Synset ? skips : null;
    }

    private static void AddGap(List<PatternElement> elements)
    {
        if (elements.Count == 0 || !elements[^1].IsGap) elements.Add(PatternElement.Gap);
    }
}
