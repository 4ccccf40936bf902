namespace Sitrep.Coding;

/// <summary>The word classes of modifiers.txt: speech verbs, source phrases, negation, hedges, prepositions…</summary>
[Flags]
public enum Modifier
{
    None = 0,
    Speech = 1 << 0,
    Source = 1 << 1,
    Negation = 1 << 2,
    Denial = 1 << 3,
    Hedge = 1 << 4,
    Locative = 1 << 5,
    Oblique = 1 << 6,
    Clause = 1 << 7,
    Passive = 1 << 8,
    Intent = 1 << 9,
    Obligation = 1 << 10,
    /// <summary>Verbs whose active form takes "of" ("warned of", "spoke of"): "X warned of" is not a reduced passive.</summary>
    OfComplement = 1 << 11,
}

/// <summary>Loads modifiers.txt into one phrase trie whose values are the classes a phrase belongs to.</summary>
public sealed class Modifiers(Vocabulary words)
{
    public Modifiers() : this(new Vocabulary()) { }

    public PhraseTrie<Modifier> Phrases { get; } = new(words, WordRoles.StartsModifier);

    // Most modifiers are single words ("said", "not", "of"): their classes by word number, so that marking them reads
    // one small array instead of walking the trie (see PhraseTrie.IsPlainWord). Rebuilt when the trie changes.
    // A reference, so that threads see a whole table or none.
    private sealed record PlainTable(int Version, Modifier[] Classes);

    private PlainTable? _plain;

    /// <summary>
    /// The classes of word <paramref name="id"/> when the word is a modifier on its own whatever surrounds it (see
    /// <see cref="PhraseTrie{T}.IsPlainWord"/>); <see cref="Modifier.None"/> when the trie must be asked.
    /// </summary>
    public Modifier PlainClasses(int id)
    {
        var plain = _plain is { } table && table.Version == Phrases.Version ? table.Classes : BuildPlain();
        return (uint)id < (uint)plain.Length ? plain[id] : Modifier.None;
    }

    // Built by whichever thread asks first once loading is over; concurrent builders make equal tables.
    private Modifier[] BuildPlain()
    {
        var version = Phrases.Version;
        var classes = new Modifier[words.Count];
        for (var id = 0; id < classes.Length; id++)
        {
            if (!Phrases.IsPlainWord(id, out var values)) continue;
            foreach (var m in values) classes[id] |= m;
        }
        _plain = new PlainTable(version, classes);
        return classes;
    }

    private static readonly Dictionary<string, Modifier> Sections = new(StringComparer.Ordinal)
    {
        ["speech"] = Modifier.Speech, ["source"] = Modifier.Source, ["negation"] = Modifier.Negation,
        ["denial"] = Modifier.Denial, ["hedge"] = Modifier.Hedge, ["locative"] = Modifier.Locative,
        ["oblique"] = Modifier.Oblique, ["clause"] = Modifier.Clause, ["passive"] = Modifier.Passive,
        ["intent"] = Modifier.Intent, ["obligation"] = Modifier.Obligation, ["of-complement"] = Modifier.OfComplement,
    };

    /// <summary>Sections whose entries are verb lemmas to inflect.</summary>
    private const Modifier Verbal = Modifier.Speech | Modifier.Denial | Modifier.OfComplement;

    public void Load(DataFile file, Inflector inflector, List<Sitrep.Domain.DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 2) { errors.Add(line.Error($"expected 'SECTION | words', found {line.Fields.Length} fields")); continue; }
            if (!Sections.TryGetValue(line.Field(0), out var section)) { errors.Add(line.Error($"unknown section '{line.Field(0)}' ({string.Join(", ", Sections.Keys)})")); continue; }
            foreach (var phrase in line.List(1))
            {
                var words = ActorDictionaryLoader.Words(phrase);
                if (words.Length == 0) { errors.Add(line.Error($"empty phrase '{phrase}'")); continue; }
                if ((section & Verbal) != 0)
                {
                    foreach (var form in inflector.Forms(words[0]).All())
                        Phrases.Add([form, .. words[1..]], section);
                }
                else
                {
                    Phrases.Add(words, section);
                }
            }
        }
    }
}
