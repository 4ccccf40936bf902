using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// A verb of a PETRARCH verb block: its words (one of them the verb, marked "+" in multi-word verbs such as
/// "WIRE_+TAP"), the forms listed in "{...}" (null: generate regular forms) and its own code, if any.
/// </summary>
public sealed record PetrarchVerb(string[] Words, int VerbIndex, string[]? Forms, string? Code, int Line, string Display)
{
    public string Lemma => Words[VerbIndex];
}

/// <summary>A pattern line of a verb block, split into units, with its code ("064", "032:033", ":173", "---").</summary>
public sealed record PetrarchPattern(IReadOnlyList<PatternUnit> Units, string Code, int Line, string Text);

/// <summary>"--- DESCRIPTION [code] ---" and what follows: verbs that share the block's patterns.</summary>
public sealed class PetrarchVerbBlock(string name, string? code, int line)
{
    public string Name { get; } = name;
    public string? Code { get; } = code;
    public int Line { get; } = line;
    public List<PetrarchVerb> Verbs { get; } = [];
    public List<PetrarchPattern> Patterns { get; } = [];
}

/// <summary>
/// A PETRARCH verb dictionary, parsed but not yet converted: synonym sets ("&amp;NAME" and "+member" lines, each
/// member a phrase; regular plurals added unless the label or member ends in "_"), verb blocks with their verbs
/// and patterns, and a count of transformation lines ("~ …"), which Sitrep does not use.
/// </summary>
public sealed class PetrarchVerbFile
{
    public Dictionary<string, List<string[]>> Synsets { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<PetrarchVerbBlock> Blocks { get; } = [];
    public int Transformations { get; private set; }

    public static PetrarchVerbFile Parse(DataFile file, List<DataFileError> errors)
    {
        var result = new PetrarchVerbFile();
        PetrarchVerbBlock? block = null;
        (string Name, bool NoPlural, List<string[]> Members)? synset = null;
        foreach (var line in PetrarchLines.Read(file))
        {
            var text = line.Text;
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                synset = null;
                block = ParseHeader(text, line.Number);
                result.Blocks.Add(block);
                continue;
            }
            if (text.StartsWith('&'))
            {
                var name = text.Split([' ', '\t'], 2)[0];
                synset = (name.TrimEnd('_'), name.EndsWith('_'), []);
                result.Synsets[synset.Value.Name] = synset.Value.Members;
                continue;
            }
            if (synset is { } set && text.StartsWith('+'))
            {
                result.AddMember(set.Members, text[1..].Trim(), set.NoPlural, file, line.Number, errors);
                continue;
            }
            synset = null;
            if (text.StartsWith('~')) { result.Transformations++; continue; }
            if (block is null) { errors.Add(new DataFileError(file.Name, line.Number, $"'{text}' is outside any '--- VERB [code] ---' block")); continue; }
            if (text.StartsWith('-'))
            {
                if (TryParsePattern(text[1..].Trim(), line.Number, out var pattern, out var why)) block.Patterns.Add(pattern);
                else errors.Add(new DataFileError(file.Name, line.Number, why));
                continue;
            }
            if (TryParseVerb(text, line.Number, out var verb, out var problem)) block.Verbs.Add(verb);
            else errors.Add(new DataFileError(file.Name, line.Number, problem));
        }
        return result;
    }

    private void AddMember(List<string[]> members, string phrase, bool noPlural, DataFile file, int line, List<DataFileError> errors)
    {
        if (phrase.StartsWith('&'))
        {
            // A set inside a set: its members, already with their plurals.
            if (Synsets.TryGetValue(phrase.TrimEnd('_'), out var inner)) members.AddRange(inner);
            else errors.Add(new DataFileError(file.Name, line, $"synset {phrase} is used before it is defined"));
            return;
        }
        var words = PetrarchWords.Split(phrase);
        if (words.Length == 0) { errors.Add(new DataFileError(file.Name, line, "empty synset member")); return; }
        members.Add(words);
        if (noPlural || phrase.EndsWith('_')) return;
        var plural = (string[])words.Clone();
        plural[^1] = PetrarchWords.Plural(plural[^1]);
        members.Add(plural);
    }

    private static PetrarchVerbBlock ParseHeader(string text, int line)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf(']', open);
        var name = (open < 0 ? text : text[..open]).Trim('-', ' ', '\t');
        var code = close < 0 ? null : text[(open + 1)..close].Trim();
        return new PetrarchVerbBlock(name, code is null || PetrarchCodes.IsNull(code) ? null : code, line);
    }

    private static bool TryParsePattern(string text, int line, out PetrarchPattern pattern, out string why)
    {
        pattern = null!;
        var open = text.LastIndexOf('[');
        var close = open < 0 ? -1 : text.IndexOf(']', open);
        if (open < 0 || close < 0) { why = $"pattern '{text}' has no [code]"; return false; }
        var body = text[..open].Trim();
        if (!PatternUnits.TryParse(body, out var units, out why)) return false;
        pattern = new PetrarchPattern(units, text[(open + 1)..close].Trim(), line, body);
        return true;
    }

    private static bool TryParseVerb(string text, int line, out PetrarchVerb verb, out string why)
    {
        verb = null!;
        why = "";
        string? code = null;
        string[]? forms = null;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = text.IndexOf(']', open);
            if (close < 0) { why = "'[' without ']'"; return false; }
            var raw = text[(open + 1)..close].Trim();
            code = PetrarchCodes.IsNull(raw) ? null : raw;
            text = text[..open];
        }
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var end = text.IndexOf('}', brace);
            if (end < 0) { why = "'{' without '}'"; return false; }
            forms = [.. text[(brace + 1)..end].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(VerbWordOf).Where(f => f.Length > 0)];
            text = text[..brace];
        }
        var phrase = text.Trim();
        var pieces = phrase.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length == 0) { why = "verb line without a verb"; return false; }
        var index = Array.FindIndex(pieces, p => p.StartsWith('+'));
        if (index < 0) index = 0;
        var words = pieces.Select(p => TokenKeys.Fold(p.TrimStart('+'))).ToArray();
        if (words.Any(w => w.Length == 0)) { why = $"bad verb phrase '{phrase}'"; return false; }
        verb = new PetrarchVerb(words, index, forms, code, line, string.Join(' ', pieces.Select(p => p.TrimStart('+'))));
        return true;
    }

    /// <summary>The verb's own word in an irregular form: "+BROKEN_DOWN" → "broken", "WIRE_+TAPPED" → "tapped".</summary>
    private static string VerbWordOf(string form)
    {
        var pieces = form.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var marked = Array.Find(pieces, p => p.StartsWith('+'));
        return TokenKeys.Fold((marked ?? (pieces.Length > 0 ? pieces[0] : "")).TrimStart('+'));
    }
}
