namespace Sitrep.Coding.Petrarch;

/// <summary>
/// The pattern element for each synonym set, built once per file: one-word members as word alternatives,
/// longer members as phrases, longest first so the fullest match wins.
/// </summary>
internal sealed class SynsetElements(Dictionary<string, List<string[]>> synsets)
{
    private readonly Dictionary<string, PatternElement> _elements = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string name, out PatternElement element)
    {
        name = name.TrimEnd('_');
        if (_elements.TryGetValue(name, out element!)) return true;
        if (!synsets.TryGetValue(name, out var members) || members.Count == 0) return false;
        var words = members.Where(m => m.Length == 1).Select(m => m[0]).Distinct(StringComparer.Ordinal).ToArray();
        var phrases = members.Where(m => m.Length > 1).DistinctBy(m => string.Join(' ', m)).OrderByDescending(m => m.Length).ToArray();
        element = new PatternElement(words.Length > 0 ? words : null) { Phrases = phrases.Length > 0 ? phrases : null };
        _elements[name] = element;
        return true;
    }
}
