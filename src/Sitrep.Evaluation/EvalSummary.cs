using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>Adds up scored records into an <see cref="EvalReport"/>: micro-averaged code P/R/F1, accuracies, per-type figures and confusions.</summary>
public static class EvalSummary
{
    public static EvalReport Build(IReadOnlyList<RecordResult> results)
    {
        int typeHits = 0, exact = 0, modeRecords = 0, modeHits = 0;
        int aTp = 0, aFp = 0, aFn = 0, rTp = 0, rFp = 0, rFn = 0;
        var perType = new Dictionary<EventType, (int Records, int Hits)>();
        var confusion = new Dictionary<(EventType Gold, EventType? Produced), int>();
        foreach (var r in results)
        {
            if (r.TypeCorrect) typeHits++;
            if (r.Exact) exact++;
            if (r.ModeCorrect is { } modeCorrect)
            {
                modeRecords++;
                if (modeCorrect) modeHits++;
            }
            var a = CodeMatch.Of(r.Gold.Source, r.Chosen?.Actors);
            (aTp, aFp, aFn) = (aTp + a.TruePositives, aFp + a.FalsePositives, aFn + a.FalseNegatives);
            var p = CodeMatch.Of(r.Gold.Target, r.Chosen?.Recipients);
            (rTp, rFp, rFn) = (rTp + p.TruePositives, rFp + p.FalsePositives, rFn + p.FalseNegatives);

            var t = perType.GetValueOrDefault(r.Gold.Event);
            perType[r.Gold.Event] = (t.Records + 1, t.Hits + (r.TypeCorrect ? 1 : 0));
            var key = (r.Gold.Event, r.Chosen?.Type);
            confusion[key] = confusion.GetValueOrDefault(key) + 1;
        }
        var byType = perType.OrderBy(kv => kv.Key)
            .ToDictionary(kv => kv.Key, kv => new TypeScore(kv.Value.Records, Share(kv.Value.Hits, kv.Value.Records)));
        return new EvalReport(
            results.Count,
            Share(typeHits, results.Count),
            Prf.From(aTp, aFp, aFn),
            Prf.From(rTp, rFp, rFn),
            Share(exact, results.Count),
            modeRecords == 0 ? null : Share(modeHits, modeRecords),
            byType,
            confusion,
            results);
    }

    private static double Share(int n, int of) => of == 0 ? 0 : (double)n / of;
}
