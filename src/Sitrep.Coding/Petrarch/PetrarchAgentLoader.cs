using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// Reads PETRARCH agent dictionaries ("FOREIGN_MINISTER [~GOVFRM]", "HUMAN_RIGHTS_BODY [NGO~]") as Sitrep sector
/// words: the sector is the agent code's first three letters when Sitrep knows that sector, and the whole agent
/// code is kept as the entry's entity. Plurals are generated (or given in "{...}", "{}" for none), and
/// substitution sets ("!PERSON! = MAN, MEN, WOMAN") expand into one phrase per member.
/// </summary>
public static class PetrarchAgentLoader
{
    public static void Load(DataFile file, ActorDictionary into, List<DataFileError> errors)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in PetrarchLines.Read(file))
        {
            var text = line.Text;
            if (text.StartsWith('!') && text.Contains('=', StringComparison.Ordinal))
            {
                var eq = text.IndexOf('=', StringComparison.Ordinal);
                var name = text[..eq].Trim();
                var members = text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (name.Length < 3 || !name.EndsWith('!') || members.Length == 0) { errors.Add(Error(file, line.Number, $"bad substitution set '{text}'")); continue; }
                substitutions[name] = members;
                continue;
            }
            if (!TryParse(text, out var phrase, out var plurals, out var code, out var prefix, out var why)) { errors.Add(Error(file, line.Number, why)); continue; }
            var sector = code.Length >= 3 && Sectors.Known.Contains(code[..3]) ? code[..3] : null;
            var entity = prefix ? code + "~" : "~" + code;
            foreach (var expanded in Expand(phrase, substitutions, out var substituted, out var missing))
            {
                if (missing is not null) { errors.Add(Error(file, line.Number, $"undefined substitution set {missing}")); break; }
                var forms = new List<string> { expanded };
                if (plurals is not null) forms.AddRange(plurals);
                else if (!substituted) forms.Add(PluralOf(expanded));
                foreach (var form in forms)
                {
                    var words = PetrarchWords.Split(form);
                    if (words.Length == 0) continue;
                    into.Add(words, new ActorEntry(PetrarchWords.Display(form), null, sector, entity, MentionKind.Sector));
                }
            }
        }
    }

    /// <summary>
    /// "phrase {plurals} [code]" → phrase, plurals (null = generate, empty = none), the agent code without its "~",
    /// and whether the code goes before the actor's ("NGO~") rather than after it ("~GOV").
    /// </summary>
    private static bool TryParse(string text, out string phrase, out string[]? plurals, out string code, out bool prefix, out string why)
    {
        phrase = code = why = "";
        plurals = null;
        prefix = false;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        // Some files close the code with "}" by mistake ("[~LEG}"): accept either.
        var close = open < 0 ? -1 : text.IndexOfAny([']', '}'], open);
        if (open < 0 || close < 0) { why = $"agent '{text}' has no [code]"; return false; }
        var raw = text[(open + 1)..close].Trim();
        if (!raw.StartsWith('~') && !raw.EndsWith('~')) { why = $"agent code '[{raw}]' must start or end with '~'"; return false; }
        prefix = !raw.StartsWith('~');
        code = (prefix ? raw[..^1] : raw[1..]).Trim().ToUpperInvariant();
        if (code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit)) { why = $"'[{raw}]' is not an agent code"; return false; }
        var head = text[..open];
        var brace = head.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var end = head.IndexOf('}', brace);
            if (end < 0) { why = "'{' without '}'"; return false; }
            plurals = head[(brace + 1)..end].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            head = head[..brace];
        }
        phrase = head.Trim();
        if (phrase.Length == 0) { why = "agent line without a phrase"; return false; }
        return true;
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets, out bool substituted, out string? missing)
    {
        substituted = false;
        missing = null;
        var start = phrase.IndexOf('!', StringComparison.Ordinal);
        if (start < 0) return [phrase];
        var end = phrase.IndexOf('!', start + 1);
        if (end < 0) return [phrase];
        var name = phrase[start..(end + 1)];
        if (!sets.TryGetValue(name, out var members)) { missing = name; return [phrase]; }
        substituted = true;
        var (before, after) = (phrase[..start], phrase[(end + 1)..]);
        return members.Select(m => before + m + after);
    }

    private static string PluralOf(string phrase)
    {
        var trimmed = phrase.TrimEnd('_');
        var cut = trimmed.LastIndexOfAny(['_', ' ']);
        var last = trimmed[(cut + 1)..];
        return trimmed[..(cut + 1)] + PetrarchWords.Plural(last.ToLowerInvariant());
    }

    private static DataFileError Error(DataFile file, int line, string message) => new(file.Name, line, message);
}
