using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// Turns Sitrep events into the triples PETRARCH's validation compares: every source code with every target
/// code, the CAMEO code of the dictionary pattern that matched (Sitrep's own PLOVER re-typing of promised acts,
/// "will contribute" → AGREE, is not PETRARCH's and is not compared), "---" for a missing actor when
/// require_dyad is off. Mutual patterns pair the members of a compound subject; paired codes add the
/// recipient's act in return, or pair a compound subject when there is no recipient.
/// </summary>
public sealed class PetrarchTriples
{
    public const string None = "---";

    private readonly Dictionary<string, EventPattern> _patterns = new(StringComparer.Ordinal);

    public PetrarchTriples(VerbDictionary verbs)
    {
        foreach (var p in verbs.Patterns) _patterns.TryAdd(Key(p), p);
    }

    /// <summary>The string a <see cref="CodedEvent.Pattern"/> holds for a pattern.</summary>
    public static string Key(EventPattern p) => $"{p.Text} ({p.Source})";

    public EventPattern? PatternOf(CodedEvent e) => e.Pattern is { } key && _patterns.TryGetValue(key, out var p) ? p : null;

    public IEnumerable<CameoTriple> Of(CodedEvent e, bool requireDyad)
    {
        var pattern = PatternOf(e);
        var code = pattern?.Cameo ?? e.Cameo;
        if (code is null) yield break;
        var sources = Codes(e.Actors);
        var targets = Codes(e.Recipients);
        // "%" patterns, and paired codes with no one else to act on ("Gondor and Osgiliath renewed ties" [064:064]):
        // each member of the compound subject acts on each other.
        if (pattern is not null && ((pattern.Flags & PatternFlags.Mutual) != 0 || pattern.Counter is not null) && targets.Count == 0 && sources.Count > 1)
        {
            foreach (var s in sources)
                foreach (var t in sources)
                    if (s != t) yield return new CameoTriple(s, t, code);
            yield break;
        }
        if (requireDyad && (sources.Count == 0 || targets.Count == 0)) yield break;
        if (sources.Count == 0) sources.Add(None);
        if (targets.Count == 0) targets.Add(None);
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                yield return new CameoTriple(s, t, code);
                if (pattern?.Counter?.Cameo is { } back && s != None && t != None) yield return new CameoTriple(t, s, back);
            }
        }
    }

    private static List<string> Codes(IReadOnlyList<ActorMention> mentions)
    {
        var codes = new List<string>();
        foreach (var m in mentions)
            foreach (var c in PetrarchCodes.Of(m.Actor))
                if (!codes.Contains(c)) codes.Add(c);
        return codes;
    }
}
