using System.Globalization;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Reads Sitrep's own actor dictionary formats (see the headers of Dictionaries/*.txt):
/// countries (ISO3 | names | adjectives | seats), entities (ENTITY | CODE | SECTOR | names),
/// sectors (SECTOR | words) and people (names | CODE | SECTOR | office | from | to).
/// Bad lines become <see cref="DataFileError"/>s; the rest of the file still loads.
/// </summary>
public static class ActorDictionaryLoader
{
    public static void LoadCountries(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 4) { errors.Add(line.Error($"expected 4 fields 'ISO3 | names | adjectives | seats', found {line.Fields.Length}")); continue; }
            var code = line.Field(0);
            if (!Sectors.IsCode(code)) { errors.Add(line.Error($"'{code}' is not a 3-letter upper-case code")); continue; }
            AddPhrases(line, 1, code, null, MentionKind.Name, into, errors);
            AddPhrases(line, 2, code, null, MentionKind.Adjective, into, errors);
            AddPhrases(line, 3, code, "GOV", MentionKind.Seat, into, errors);
        }
    }

    public static void LoadEntities(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 4) { errors.Add(line.Error($"expected 4 fields 'ENTITY | CODE | SECTOR | names', found {line.Fields.Length}")); continue; }
            var (entity, code, sector) = (line.Field(0), line.Field(1), NullIfEmpty(line.Field(2)));
            if (!Sectors.IsCode(code)) { errors.Add(line.Error($"'{code}' is not a 3-letter upper-case code")); continue; }
            if (sector is not null && !Sectors.Known.Contains(sector)) { errors.Add(line.Error($"unknown sector '{sector}'")); continue; }
            var kind = code == "IGO" || code == "NGO" ? MentionKind.Organization : MentionKind.Group;
            foreach (var phrase in line.List(3))
                Add(line, phrase, new ActorEntry(phrase, code, sector, entity, kind), into, errors);
        }
    }

    public static void LoadSectors(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 2) { errors.Add(line.Error($"expected 2 fields 'SECTOR | words', found {line.Fields.Length}")); continue; }
            var sector = line.Field(0);
            if (!Sectors.Known.Contains(sector)) { errors.Add(line.Error($"unknown sector '{sector}'")); continue; }
            foreach (var phrase in line.List(1))
                Add(line, phrase, new ActorEntry(phrase, null, sector, null, MentionKind.Sector), into, errors);
        }
    }

    /// <summary>Phrases that contain an actor's name but are not actors: "Sea of Japan", "New Mexico", "Indian Ocean".</summary>
    public static void LoadDiscards(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 1) { errors.Add(line.Error($"expected one phrase per line, found {line.Fields.Length} fields")); continue; }
            Add(line, line.Field(0), new ActorEntry(line.Field(0), null, null, null, MentionKind.Name, Discard: true), into, errors);
        }
    }

    public static void LoadPeople(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 6) { errors.Add(line.Error($"expected 6 fields 'names | CODE | SECTOR | office | from | to', found {line.Fields.Length}")); continue; }
            var names = line.List(0).ToArray();
            var (code, sector, office) = (line.Field(1), NullIfEmpty(line.Field(2)), NullIfEmpty(line.Field(3)));
            if (names.Length == 0) { errors.Add(line.Error("no name given")); continue; }
            if (!Sectors.IsCode(code)) { errors.Add(line.Error($"'{code}' is not a 3-letter upper-case code")); continue; }
            if (sector is not null && !Sectors.Known.Contains(sector)) { errors.Add(line.Error($"unknown sector '{sector}'")); continue; }
            if (!TryDate(line.Field(4), out var from) || !TryDate(line.Field(5), out var to)) { errors.Add(line.Error("dates must be YYYY-MM-DD or empty")); continue; }
            if (from is not null && to is not null && to < from) { errors.Add(line.Error("office ends before it begins")); continue; }
            foreach (var phrase in names)
                Add(line, phrase, new ActorEntry(phrase, code, sector, names[0], MentionKind.Person, from, to, office), into, errors);
        }
    }

    private static void AddPhrases(DataLine line, int field, string code, string? defaultSector, MentionKind kind, ActorDictionary into, List<DataFileError> errors)
    {
        foreach (var item in line.List(field))
        {
            var phrase = item;
            var sector = defaultSector;
            var eq = item.LastIndexOf('=');
            if (eq > 0)
            {
                phrase = item[..eq].Trim();
                sector = item[(eq + 1)..].Trim();
                if (!Sectors.Known.Contains(sector)) { errors.Add(line.Error($"unknown sector '{sector}' in '{item}'")); continue; }
            }
            Add(line, phrase, new ActorEntry(phrase, code, sector, null, kind), into, errors);
        }
    }

    private static void Add(DataLine line, string phrase, ActorEntry entry, ActorDictionary into, List<DataFileError> errors)
    {
        var words = Words(phrase);
        if (words.Length == 0) { errors.Add(line.Error($"empty phrase '{phrase}'")); return; }
        into.Add(words, entry);
    }

    /// <summary>Splits a dictionary phrase exactly as the tokenizer splits text, so both meet in the trie.</summary>
    public static string[] Words(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) words[i] = tokens[i].In(phrase).ToString();
        return words;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static bool TryDate(string s, out DateOnly? date)
    {
        date = null;
        if (s.Length == 0) return true;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
