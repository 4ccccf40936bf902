using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>Verb forms of a lemma: base, third person, past, past participle, present participle.</summary>
public sealed record VerbForms(string Lemma, string Third, string Past, string PastParticiple, string Present)
{
    public IEnumerable<string> All() => new[] { Lemma, Third, Past, PastParticiple, Present }.Distinct(StringComparer.Ordinal);
}

/// <summary>
/// Generates English verb inflections by the regular spelling rules, with an irregular table
/// (Dictionaries/irregular-verbs.txt: lemma | past | past participle | third person | present participle).
/// </summary>
public sealed class Inflector
{
    private readonly Dictionary<string, VerbForms> _irregular = new(StringComparer.OrdinalIgnoreCase);

    public int IrregularCount => _irregular.Count;

    public void Load(DataFile file, List<DataFileError> errors)
    {
        foreach (var line in file.Records())
        {
            if (line.Fields.Length is < 3 or > 5) { errors.Add(line.Error($"expected 'lemma | past | past participle | third | present', found {line.Fields.Length} fields")); continue; }
            var lemma = line.Field(0).ToLowerInvariant();
            if (lemma.Length == 0 || lemma.Contains(' ')) { errors.Add(line.Error($"'{lemma}' is not a single verb")); continue; }
            var regular = Regular(lemma);
            _irregular[lemma] = new VerbForms(
                lemma,
                Or(line.Field(3), regular.Third),
                Or(line.Field(1), regular.Past),
                Or(line.Field(2), Or(line.Field(1), regular.PastParticiple)),
                Or(line.Field(4), regular.Present));
        }
    }

    public VerbForms Forms(string lemma) =>
        _irregular.TryGetValue(lemma, out var forms) ? forms : Regular(lemma.ToLowerInvariant());

    public static VerbForms Regular(string v)
    {
        if (v.Length == 0) return new VerbForms(v, v, v, v, v);
        var last = v[^1];
        var beforeLast = v.Length > 1 ? v[^2] : ' ';
        var consonantY = last == 'y' && !IsVowel(beforeLast);

        var third = v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith("sh", StringComparison.Ordinal)
            ? v + "es"
            : consonantY ? v[..^1] + "ies" : v + "s";
        var past = last == 'e' ? v + "d" : consonantY ? v[..^1] + "ied" : v + "ed";
        string present;
        if (v.EndsWith("ie", StringComparison.Ordinal)) present = v[..^2] + "ying";
        else if (last == 'e' && beforeLast is not ('e' or 'y' or 'o') && v.Length > 2) present = v[..^1] + "ing";
        else present = v + "ing";
        return new VerbForms(v, third, past, past, present);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Or(string s, string fallback) => s.Length == 0 ? fallback : s.ToLowerInvariant();
}
