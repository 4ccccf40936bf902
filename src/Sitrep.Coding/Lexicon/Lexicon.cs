using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>Every dictionary the coder uses, loaded and validated once, then shared read-only by all threads.</summary>
public sealed class Lexicon
{
    public ActorDictionary Actors { get; } = new();
    public VerbDictionary Verbs { get; } = new();
    public Modifiers Modifiers { get; } = new();
    public Subjects Subjects { get; } = new();
    public Inflector Inflector { get; } = new();

    /// <summary>Problems found while loading (file:line); bad lines are skipped, the rest loads.</summary>
    public List<DataFileError> Errors { get; } = [];

    /// <summary>Which loader reads a file, by its name: countries*.txt, entities*.txt, verbs*.txt …</summary>
    public static DictionaryKind KindOf(string fileName)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        foreach (var (prefix, kind) in Prefixes)
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return kind;
        return DictionaryKind.Unknown;
    }

    private static readonly (string, DictionaryKind)[] Prefixes =
    [
        ("countries", DictionaryKind.Countries), ("entities", DictionaryKind.Entities), ("sectors", DictionaryKind.Sectors),
        ("people", DictionaryKind.People), ("verbs", DictionaryKind.Verbs), ("irregular", DictionaryKind.Irregular),
        ("modifiers", DictionaryKind.Modifiers), ("subjects", DictionaryKind.Subjects), ("discards", DictionaryKind.Discards),
    ];
}

public enum DictionaryKind { Unknown, Countries, Entities, Sectors, People, Verbs, Irregular, Modifiers, Subjects, Discards }
