using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// PETRARCH discard lists: phrases that mark a sentence ("YEARS LATER") or, with a leading "+", a whole story
/// ("+ESPN2") as not worth coding — sport, entertainment, history. A phrase ending in "_" must match whole
/// words; otherwise its last word is a stem ("BASEBALL" also matches "baseballs"). Matching ignores case.
/// </summary>
public sealed class PetrarchDiscards
{
    /// <summary>One discard phrase: its words (upper case), whether the last one is a stem, whether it discards the story.</summary>
    public sealed record Phrase(string[] Words, bool Stem, bool Story, string Text);

    public IReadOnlyList<Phrase> Phrases { get; }

    private PetrarchDiscards(List<Phrase> phrases) => Phrases = phrases;

    public static PetrarchDiscards Parse(DataFile file, List<DataFileError> errors)
    {
        var phrases = new List<Phrase>();
        foreach (var line in PetrarchLines.Read(file))
        {
            var text = line.Text;
            var story = text.StartsWith('+');
            if (story) text = text[1..].Trim();
            var stem = !text.EndsWith('_');
            var words = text.TrimEnd('_').Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToArray();
            if (words.Length == 0) { errors.Add(new DataFileError(file.Name, line.Number, "empty discard phrase")); continue; }
            phrases.Add(new Phrase(words, stem, story, string.Join(' ', words)));
        }
        return new PetrarchDiscards(phrases);
    }

    /// <summary>
    /// Adds each phrase to Sitrep's actor dictionary as a discard, so the words inside it are never coded as an
    /// actor ("World Bank" inside "World Bank Cup"). Sitrep discards phrases, not sentences: see <see cref="FindIn"/>.
    /// </summary>
    public static void Load(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        foreach (var p in Parse(file, errors).Phrases)
        {
            var words = PetrarchWords.Split(p.Text);
            if (words.Length > 0) into.Add(words, new ActorEntry(p.Text, null, null, null, MentionKind.Name, Discard: true));
        }
    }

    /// <summary>The first discard phrase in <paramref name="sentence"/>, as PETRARCH looks for them before coding; null if none.</summary>
    public Phrase? FindIn(string sentence)
    {
        var words = sentence.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(Trimmed)).Where(w => w.Length > 0).ToArray();
        foreach (var p in Phrases.OrderByDescending(p => p.Story))
            for (var i = 0; i + p.Words.Length <= words.Length; i++)
                if (MatchesAt(words, i, p)) return p;
        return null;
    }

    private static readonly char[] Trimmed = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '“', '”', '‘', '’'];

    private static bool MatchesAt(string[] words, int i, Phrase p)
    {
        for (var k = 0; k < p.Words.Length; k++)
        {
            var last = k == p.Words.Length - 1;
            var ok = last && p.Stem
                ? words[i + k].StartsWith(p.Words[k], StringComparison.OrdinalIgnoreCase)
                : words[i + k].Equals(p.Words[k], StringComparison.OrdinalIgnoreCase);
            if (!ok) return false;
        }
        return true;
    }
}
