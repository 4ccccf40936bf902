namespace Sitrep.Coding.Petrarch;

/// <summary>
/// Recognises a PETRARCH/TABARI dictionary by its content when its name does not say: verb blocks
/// ("--- VERB [code] ---"), agent codes ("[~GOV]", "[NGO~]"), actor codes ("[USA]"), or phrases without codes
/// (a discard list). Sitrep's own formats always have " | " fields, so they are never mistaken for these.
/// </summary>
public static class PetrarchFormat
{
    private const int LinesToRead = 400;

    public static DictionaryKind Detect(DataFile file)
    {
        int lines = 0, verbs = 0, agents = 0, actors = 0, bars = 0, codes = 0;
        foreach (var line in PetrarchLines.Read(file))
        {
            if (++lines > LinesToRead) break;
            var t = line.Text;
            if (t.Contains(" | ", StringComparison.Ordinal) || t.EndsWith(" |", StringComparison.Ordinal)) bars++;
            else if (t.StartsWith("---", StringComparison.Ordinal) && t.Contains('[', StringComparison.Ordinal)) verbs++;
            else if (t.Contains("[~", StringComparison.Ordinal) || t.Contains("~]", StringComparison.Ordinal)) agents++;
            else if (t.Contains('[', StringComparison.Ordinal)) { actors++; codes++; }
            else if (t.StartsWith('+')) actors++;
        }
        if (lines == 0 || bars > 0) return DictionaryKind.Unknown;
        if (verbs > 0) return DictionaryKind.PetrarchVerbs;
        if (agents > 0 && agents >= actors) return DictionaryKind.PetrarchAgents;
        // "+" starts both actor synonyms and story discards; only actor files have codes.
        if (codes > 0) return DictionaryKind.PetrarchActors;
        return DictionaryKind.PetrarchDiscards;
    }
}
