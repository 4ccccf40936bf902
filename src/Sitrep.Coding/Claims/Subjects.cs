namespace Sitrep.Coding;

/// <summary>What a number counts: words of subjects.txt mapped to a normalised measure ("soldiers" → troops).</summary>
public sealed class Subjects(Vocabulary words)
{
    public Subjects() : this(new Vocabulary()) { }

    public PhraseTrie<string> Phrases { get; } = new(words, WordRoles.StartsSubject);

    public void Load(DataFile file, List<Sitrep.Domain.DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 2) { errors.Add(line.Error($"expected 'MEASURE | words', found {line.Fields.Length} fields")); continue; }
            var measure = line.Field(0);
            if (measure.Length == 0 || measure.Contains(' ')) { errors.Add(line.Error($"'{measure}' is not a one-word measure")); continue; }
            foreach (var phrase in line.List(1))
            {
                var words = ActorDictionaryLoader.Words(phrase);
                if (words.Length == 0) { errors.Add(line.Error($"empty phrase '{phrase}'")); continue; }
                Phrases.Add(words, measure);
            }
        }
    }
}
