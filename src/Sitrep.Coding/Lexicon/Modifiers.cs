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
