using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// Configures a <see cref="Coder"/>: built-in dictionaries, extra dictionary files or folders, CAMEO validation.
/// Build once, then code any number of documents on any number of threads.
/// </summary>
public sealed class CoderBuilder
{
    private bool _builtIns = true;
    private readonly List<string> _paths = [];
    private IReadOnlyDictionary<string, string>? _cameoTypes;

    public CoderBuilder WithoutBuiltInDictionaries() { _builtIns = false; return this; }

    /// <summary>Adds a dictionary file, or every *.txt in a folder; the file name says which kind it is.</summary>
    public CoderBuilder AddDictionaries(string path) { _paths.Add(path); return this; }

    /// <summary>Checks that each pattern's CAMEO code maps to its PLOVER type (CAMEO code → PLOVER type name).</summary>
    public CoderBuilder ValidateCameo(IReadOnlyDictionary<string, string> cameoToPlover) { _cameoTypes = cameoToPlover; return this; }

    public Coder Build()
    {
        var lexicon = new Lexicon();
        var files = new List<DataFile>();
        if (_builtIns) files.AddRange(DataFile.BuiltInNames().Order(StringComparer.Ordinal).Select(DataFile.BuiltIn));
        foreach (var path in _paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal).Select(DataFile.FromDisk));
            else if (File.Exists(path))
                files.Add(DataFile.FromDisk(path));
            else
                lexicon.Errors.Add(new DataFileError(path, 0, "no such file or folder"));
        }
        // Irregular verbs first: other loaders inflect with them.
        foreach (var f in files.Where(f => Lexicon.KindOf(f.Name) == DictionaryKind.Irregular)) lexicon.Inflector.Load(f, lexicon.Errors);
        foreach (var f in files) Load(f, lexicon);
        return new Coder(lexicon);
    }

    private void Load(DataFile file, Lexicon lx)
    {
        switch (Lexicon.KindOf(file.Name))
        {
            case DictionaryKind.Countries: ActorDictionaryLoader.LoadCountries(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.Entities: ActorDictionaryLoader.LoadEntities(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.Sectors: ActorDictionaryLoader.LoadSectors(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.People: ActorDictionaryLoader.LoadPeople(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.Verbs: lx.Verbs.Load(file, lx.Inflector, _cameoTypes, lx.Errors); break;
            case DictionaryKind.Modifiers: lx.Modifiers.Load(file, lx.Inflector, lx.Errors); break;
            case DictionaryKind.Subjects: lx.Subjects.Load(file, lx.Errors); break;
            case DictionaryKind.Discards: ActorDictionaryLoader.LoadDiscards(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.Irregular: break;
            default: lx.Errors.Add(new DataFileError(file.Name, 0, "unknown dictionary kind: name it countries*, entities*, sectors*, people*, verbs*, irregular*, modifiers*, subjects* or discards*")); break;
        }
    }
}
