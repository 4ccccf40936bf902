using Sitrep.Coding.Petrarch;
using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// Configures a <see cref="Coder"/>: built-in dictionaries, extra dictionary files or folders (Sitrep's own formats
/// or PETRARCH/TABARI ones), CAMEO validation. Build once, then code any number of documents on any number of threads.
/// </summary>
public sealed class CoderBuilder
{
    private bool _builtIns = true;
    private HashSet<DictionaryKind>? _builtInKinds;
    private readonly List<string> _paths = [];
    private IReadOnlyDictionary<string, string>? _cameoTypes;
    private PetrarchImportOptions _petrarch = PetrarchImportOptions.Default;

    public CoderBuilder WithoutBuiltInDictionaries() { _builtIns = false; return this; }

    /// <summary>
    /// Only the built-in dictionaries of these kinds: e.g. modifiers, irregular verbs and subjects, to code with
    /// imported actors and verbs alone.
    /// </summary>
    public CoderBuilder WithBuiltInDictionaries(params DictionaryKind[] kinds) { _builtIns = true; _builtInKinds = [.. kinds]; return this; }

    /// <summary>
    /// Adds a dictionary file, or every *.txt in a folder. The file name says which kind it is (see
    /// <see cref="Lexicon.KindOf"/>); a name that does not is recognised by content as a PETRARCH dictionary.
    /// </summary>
    public CoderBuilder AddDictionaries(string path) { _paths.Add(path); return this; }

    /// <summary>Checks that each pattern's CAMEO code maps to its PLOVER type (CAMEO code → PLOVER type name).</summary>
    public CoderBuilder ValidateCameo(IReadOnlyDictionary<string, string> cameoToPlover) { _cameoTypes = cameoToPlover; return this; }

    /// <summary>How PETRARCH dictionaries are imported (see <see cref="PetrarchImportOptions"/>).</summary>
    public CoderBuilder WithPetrarchOptions(PetrarchImportOptions options) { _petrarch = options; return this; }

    public Coder Build()
    {
        var lexicon = new Lexicon();
        var files = new List<DataFile>();
        if (_builtIns)
        {
            files.AddRange(DataFile.BuiltInNames()
                .Where(n => _builtInKinds is null || _builtInKinds.Contains(Lexicon.KindOf(n)))
                .Order(StringComparer.Ordinal).Select(DataFile.BuiltIn));
        }
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
        CameoPlover? cameo = null;
        foreach (var f in files) Load(f, lexicon, ref cameo);
        return new Coder(lexicon);
    }

    private void Load(DataFile file, Lexicon lx, ref CameoPlover? cameo)
    {
        var kind = Lexicon.KindOf(file.Name);
        if (kind == DictionaryKind.Unknown) kind = PetrarchFormat.Detect(file);
        switch (kind)
        {
            case DictionaryKind.Countries: ActorDictionaryLoader.LoadCountries(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.Entities: ActorDictionaryLoader.LoadEntities(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.Sectors: ActorDictionaryLoader.LoadSectors(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.People: ActorDictionaryLoader.LoadPeople(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.Verbs: lx.Verbs.Load(file, lx.Inflector, _cameoTypes, lx.Errors); break;
            case DictionaryKind.Modifiers: lx.Modifiers.Load(file, lx.Inflector, lx.Errors); break;
            case DictionaryKind.Subjects: lx.Subjects.Load(file, lx.Errors); break;
            case DictionaryKind.Means: lx.Means.Load(file, lx.Errors); break;
            case DictionaryKind.Discards: ActorDictionaryLoader.LoadDiscards(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.PetrarchActors: PetrarchActorLoader.Load(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.PetrarchAgents: PetrarchAgentLoader.Load(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.PetrarchDiscards: PetrarchDiscards.Load(file, lx.Actors, lx.Errors); break;
            case DictionaryKind.PetrarchVerbs:
                cameo ??= CameoPlover.BuiltIn(lx.Errors);
                PetrarchVerbLoader.Load(file, lx.Verbs, lx.Inflector, cameo, _petrarch, lx.Errors, lx.Notes);
                break;
            case DictionaryKind.Irregular: break;
            case DictionaryKind.CameoPlover: break; // reference table, read by the PETRARCH importer
            default:
                lx.Errors.Add(new DataFileError(file.Name, 0, "unknown dictionary kind: name it countries*, entities*, sectors*, people*, verbs*, irregular*, "
                    + "modifiers*, subjects*, means* or discards*, or give a PETRARCH dictionary its usual name (*.verbs.txt, *.actors.txt, *.agents.txt, *.discards.txt, CAMEO*.txt)"));
                break;
        }
    }
}
