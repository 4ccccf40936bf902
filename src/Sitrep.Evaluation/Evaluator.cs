using Sitrep.Coding;
using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>Runs the coder over each gold record's text and scores the output.</summary>
public static class Evaluator
{
    public static EvalReport Evaluate(Coder coder, IReadOnlyList<GoldRecord> gold)
    {
        var results = new List<RecordResult>(gold.Count);
        foreach (var g in gold)
        {
            var coded = coder.Code(DocumentFor(g));
            results.Add(Scoring.Score(g, coded.Analysis.Events, coded.Notes));
        }
        return EvalSummary.Build(results);
    }

    /// <summary>The record as the coder sees a news item: its text, published at noon UTC on the record's date.</summary>
    public static Document DocumentFor(GoldRecord g) => new()
    {
        Id = g.Id,
        Path = "gold#" + g.Id,
        Text = g.Text,
        Published = new DateTimeOffset(g.Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        Format = DocumentFormat.JsonLines,
    };
}
