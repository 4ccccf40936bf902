namespace Sitrep.Evaluation;

/// <summary>The records most worth reading when tuning the coder: inexact ones first, then those with fewest parts right.</summary>
public static class WorstRecords
{
    public static IReadOnlyList<RecordResult> Take(IReadOnlyList<RecordResult> results, int count) =>
        count <= 0
            ? []
            : [.. results
                .Select((r, i) => (r, i))
                .OrderBy(x => x.r.Exact)
                .ThenBy(x => x.r.CorrectParts)
                .ThenBy(x => x.i) // file order on ties, so the list is stable run to run
                .Take(count)
                .Select(x => x.r)];
}
