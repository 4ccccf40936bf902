using Sitrep.Coding;
using Sitrep.Domain;

namespace Sitrep.Evaluation.Tests;

/// <summary>The evaluator's plumbing with the real coder: one document per record, dated at noon on the record's day.</summary>
public class EvaluatorTests
{
    private static readonly Coder Coder = Coder.Default();

    [Fact]
    public void Each_record_is_coded_as_its_own_document_dated_by_the_record()
    {
        var gold = new GoldRecord[]
        {
            new("E-ASSAULT-1", new DateOnly(2022, 10, 10), [new GoldActor("Russia", "RUS", null)], [new GoldActor("Ukraine", "UKR", null)],
                EventType.Assault, null, null, "Russia attacked Ukraine with dozens of missiles."),
            new("E-AGREE-1", new DateOnly(2023, 1, 5), [new GoldActor("Kenya", "KEN", null)], [],
                EventType.Agree, null, null, "A long quiet afternoon passed in the capital."),
        };

        var report = Evaluator.Evaluate(Coder, gold);

        Assert.Equal(2, report.Records);
        Assert.Equal(gold, report.Results.Select(r => r.Gold));
        var attack = Assert.Single(report.Results[0].Produced, e => e.Type == EventType.Assault);
        Assert.Equal("E-ASSAULT-1", attack.At.DocumentId);
        Assert.Equal(new PartialDate(2022, 10, 10), attack.Date);
        Assert.True(report.Results[0].TypeCorrect);
        Assert.Empty(report.Results[1].Produced);
        Assert.Null(report.Results[1].Chosen);
    }

    [Fact]
    public void The_document_is_published_at_noon_utc_on_the_record_date()
    {
        var g = new GoldRecord("E-1", new DateOnly(2021, 8, 15), [], [], EventType.Retreat, null, null, "Troops left the airport.");
        var d = Evaluator.DocumentFor(g);

        Assert.Equal("E-1", d.Id);
        Assert.Equal(g.Text, d.Text);
        Assert.Equal(new DateTimeOffset(2021, 8, 15, 12, 0, 0, TimeSpan.Zero), d.Published);
    }
}
