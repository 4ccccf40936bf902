using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// Gold codes against produced codes for one role of one record, as sets of distinct 3-letter codes:
/// a produced code not in gold is a false positive, a gold code not produced a false negative.
/// </summary>
public readonly record struct CodeMatch(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public bool SetsEqual => FalsePositives == 0 && FalseNegatives == 0;

    public static CodeMatch Of(IReadOnlyList<GoldActor> gold, IReadOnlyList<ActorMention>? produced)
    {
        var g = CodesOf(gold.Select(a => a.Code));
        var p = CodesOf((produced ?? []).Select(m => m.Actor.Code));
        var tp = g.Count(p.Contains);
        return new CodeMatch(tp, p.Count - tp, g.Count - tp);
    }

    /// <summary>How many distinct produced codes are among the gold ones (for choosing between events of the right type).</summary>
    public static int Overlap(IReadOnlyList<GoldActor> gold, IReadOnlyList<ActorMention> produced) => Of(gold, produced).TruePositives;

    public static HashSet<string> CodesOf(IEnumerable<string> codes)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in codes)
        {
            var code = c.Trim().ToUpperInvariant();
            // A CAMEO-style compound ("USAGOV") is compared on its 3-letter country or organisation part.
            if (code.Length > 3) code = code[..3];
            if (code.Length > 0) set.Add(code);
        }
        return set;
    }
}
