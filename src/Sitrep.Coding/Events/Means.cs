using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// Loads means.txt: weapon words by the ASSAULT mode they imply (see <see cref="AssaultMeans"/>). A mode the PLOVER
/// manual does not list is an error at its file:line, and the line is skipped.
/// </summary>
public sealed class Means(Vocabulary words)
{
    public Means() : this(new Vocabulary()) { }

    /// <summary>The ASSAULT modes of the PLOVER manual that describe the means of violence.</summary>
    public static readonly IReadOnlySet<string> Modes = new HashSet<string>(StringComparer.Ordinal)
    {
        "explosives", "heavy-weapons", "firearms", "primitive", "aerial", "drone", "suicide-attack",
    };

    public PhraseTrie<string> Phrases { get; } = new(words, WordRoles.StartsMeans);

    public void Load(DataFile file, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length != 2) { errors.Add(line.Error($"expected 'MODE | words', found {line.Fields.Length} fields")); continue; }
            var mode = line.Field(0);
            if (!Modes.Contains(mode)) { errors.Add(line.Error($"'{mode}' is not an ASSAULT mode of means ({string.Join(", ", Modes)})")); continue; }
            foreach (var phrase in line.List(1))
            {
                var phraseWords = ActorDictionaryLoader.Words(phrase);
                if (phraseWords.Length == 0) { errors.Add(line.Error($"empty phrase '{phrase}'")); continue; }
                Phrases.Add(phraseWords, mode);
            }
        }
    }
}
