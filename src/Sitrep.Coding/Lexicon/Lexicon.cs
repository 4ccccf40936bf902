using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>Every dictionary the coder uses, loaded and validated once, then shared read-only by all threads.</summary>
public sealed class Lexicon
{
    public Lexicon()
    {
        Actors = new ActorDictionary(Words);
        Verbs = new VerbDictionary(Words);
        Modifiers = new Modifiers(Words);
        Subjects = new Subjects(Words);
        Means = new Means(Words);
    }

    /// <summary>The words of all the dictionaries below, numbered: a sentence's tokens are looked up here once.</summary>
    public Vocabulary Words { get; } = new();

    public ActorDictionary Actors { get; }
    public VerbDictionary Verbs { get; }
    public Modifiers Modifiers { get; }
    public Subjects Subjects { get; }

    /// <summary>Weapon words by the ASSAULT mode they imply (means.txt).</summary>
    public Means Means { get; }
    public Inflector Inflector { get; } = new();

    /// <summary>Problems found while loading (file:line); bad lines are skipped, the rest loads.</summary>
    public List<DataFileError> Errors { get; } = [];

    /// <summary>What importers left out on purpose (not errors): e.g. PETRARCH codes PLOVER does not use.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>
    /// Which loader reads a file, by its name: Sitrep's own files by prefix (countries*.txt, entities*.txt,
    /// verbs*.txt …), PETRARCH/TABARI files by their conventional suffix (*.verbs.txt, *.actors.txt,
    /// *.agents.txt, *.discards.txt) or CAMEO*.txt. Anything else is <see cref="DictionaryKind.Unknown"/>.
    /// </summary>
    public static DictionaryKind KindOf(string fileName)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        foreach (var (prefix, kind) in Prefixes)
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return kind;
        foreach (var (suffix, kind) in PetrarchSuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return kind;
        return name.StartsWith("cameo", StringComparison.Ordinal) ? DictionaryKind.PetrarchVerbs : DictionaryKind.Unknown;
    }

    private static readonly (string, DictionaryKind)[] Prefixes =
    [
        ("countries", DictionaryKind.Countries), ("entities", DictionaryKind.Entities), ("sectors", DictionaryKind.Sectors),
        ("people", DictionaryKind.People), ("verbs", DictionaryKind.Verbs), ("irregular", DictionaryKind.Irregular),
        ("modifiers", DictionaryKind.Modifiers), ("subjects", DictionaryKind.Subjects), ("discards", DictionaryKind.Discards),
        ("means", DictionaryKind.Means),
        ("cameo-plover", DictionaryKind.CameoPlover),
    ];

    private static readonly (string, DictionaryKind)[] PetrarchSuffixes =
    [
        (".verbs.txt", DictionaryKind.PetrarchVerbs), (".actors.txt", DictionaryKind.PetrarchActors),
        (".agents.txt", DictionaryKind.PetrarchAgents), (".discards.txt", DictionaryKind.PetrarchDiscards),
    ];
}

public enum DictionaryKind
{
    Unknown, Countries, Entities, Sectors, People, Verbs, Irregular, Modifiers, Subjects, Discards, Means,
    /// <summary>The CAMEO → PLOVER reference table used when importing PETRARCH verbs (not a dictionary itself).</summary>
    CameoPlover,
    PetrarchVerbs, PetrarchActors, PetrarchAgents, PetrarchDiscards,
}
