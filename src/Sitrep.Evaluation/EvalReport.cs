using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>The coder measured against a gold standard: headline figures, per-type accuracy, confusions and every record.</summary>
public sealed record EvalReport(
    int Records,
    double EventAccuracy,
    Prf Actor,
    Prf Recipient,
    double Exact,
    double? ModeAccuracy,
    IReadOnlyDictionary<EventType, TypeScore> ByType,
    IReadOnlyDictionary<(EventType Gold, EventType? Produced), int> Confusion,
    IReadOnlyList<RecordResult> Results);

/// <summary>Micro-averaged precision, recall and F1 with the counts they come from.</summary>
public sealed record Prf(double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static Prf From(int truePositives, int falsePositives, int falseNegatives)
    {
        // No predictions (or no gold) gives 0, not NaN: a coder that says nothing has earned no precision.
        var p = Ratio(truePositives, truePositives + falsePositives);
        var r = Ratio(truePositives, truePositives + falseNegatives);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(p, r, f, truePositives, falsePositives, falseNegatives);
    }

    private static double Ratio(int n, int d) => d == 0 ? 0 : (double)n / d;
}

/// <summary>How many gold records have a type, and the share of them where the coder produced that type.</summary>
public sealed record TypeScore(int Records, double Accuracy);
