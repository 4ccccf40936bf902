using Sitrep.Domain;
using static Sitrep.Evaluation.Tests.Make;

namespace Sitrep.Evaluation.Tests;

/// <summary>Five hand-scored records, the figures worked out on paper beforehand.</summary>
public class SummaryTests
{
    private static readonly RecordResult[] Results =
    [
        // 1. exact: Russian forces shelled Ukrainian positions.
        Scoring.Score(Gold(EventType.Assault, ["RUS"], ["UKR"], id: "R1"), [Event(EventType.Assault, ["RUS"], ["UKR"], trigger: "shelled")]),
        // 2. wrong type, right actors: the US "warned" Iran where gold says it accused.
        Scoring.Score(Gold(EventType.Accuse, ["USA"], ["IRN"], id: "R2"), [Event(EventType.Threaten, ["USA"], ["IRN"], trigger: "warned")]),
        // 3. right type and mode, one extra actor and an unwanted recipient.
        Scoring.Score(Gold(EventType.Protest, ["SRB"], [], mode: "demo", id: "R3"), [Event(EventType.Protest, ["SRB", "GBR"], ["SRB/GOV"], mode: "DEMO", trigger: "marched")]),
        // 4. nothing coded.
        Scoring.Score(Gold(EventType.Agree, ["KEN", "SOM"], ["ETH"], id: "R4"), []),
        // 5. only a negated event.
        Scoring.Score(Gold(EventType.Assault, ["ISR"], ["LBN"], mode: "aerial", id: "R5"), [Event(EventType.Assault, ["ISR"], ["LBN"], negated: true, trigger: "denied bombing")]),
    ];

    private static readonly EvalReport Report = EvalSummary.Build(Results);

    [Fact]
    public void Accuracies_are_shares_of_records()
    {
        Assert.Equal(5, Report.Records);
        Assert.Equal(0.4, Report.EventAccuracy, 10); // R1, R3
        Assert.Equal(0.2, Report.Exact, 10); // R1
        Assert.Equal(0.5, Report.ModeAccuracy!.Value, 10); // R3 right, R5 wrong; the others have no gold mode
    }

    [Fact]
    public void Actor_and_recipient_scores_are_micro_averaged_over_code_sets()
    {
        Assert.Equal(new Prf(0.75, 0.5, 0.6, 3, 1, 3), Report.Actor with { F1 = Math.Round(Report.Actor.F1, 10) });
        Assert.Equal((2, 1, 2), (Report.Recipient.TruePositives, Report.Recipient.FalsePositives, Report.Recipient.FalseNegatives));
        Assert.Equal(2.0 / 3, Report.Recipient.Precision, 10);
        Assert.Equal(0.5, Report.Recipient.Recall, 10);
        Assert.Equal(4.0 / 7, Report.Recipient.F1, 10);
    }

    [Fact]
    public void By_type_counts_gold_records_and_their_accuracy()
    {
        Assert.Equal([EventType.Agree, EventType.Accuse, EventType.Protest, EventType.Assault], Report.ByType.Keys);
        Assert.Equal(new TypeScore(2, 0.5), Report.ByType[EventType.Assault]);
        Assert.Equal(new TypeScore(1, 0), Report.ByType[EventType.Accuse]);
        Assert.Equal(new TypeScore(1, 1), Report.ByType[EventType.Protest]);
    }

    [Fact]
    public void Confusion_pairs_gold_type_with_the_chosen_type_or_none()
    {
        Assert.Equal(5, Report.Confusion.Values.Sum());
        Assert.Equal(1, Report.Confusion[(EventType.Accuse, EventType.Threaten)]);
        Assert.Equal(1, Report.Confusion[(EventType.Assault, EventType.Assault)]);
        Assert.Equal(1, Report.Confusion[(EventType.Assault, null)]);
        Assert.Equal(1, Report.Confusion[(EventType.Agree, null)]);
    }

    [Fact]
    public void Mode_accuracy_is_null_when_no_gold_record_has_a_mode()
    {
        var report = EvalSummary.Build([Results[0], Results[1]]);
        Assert.Null(report.ModeAccuracy);
    }

    [Fact]
    public void An_empty_gold_set_gives_zeros_not_NaN()
    {
        var report = EvalSummary.Build([]);
        Assert.Equal(0, report.EventAccuracy);
        Assert.Equal(new Prf(0, 0, 0, 0, 0, 0), report.Actor);
    }

    [Fact]
    public void Json_is_one_object_with_figures_rounded_to_four_decimals()
    {
        Assert.Equal(
            """{"records":5,"event_accuracy":0.4,"actor_f1":0.6,"recipient_f1":0.5714,"exact":0.2,"mode_accuracy":0.5,"by_type":""" +
            """{"AGREE":{"records":1,"accuracy":0},"ACCUSE":{"records":1,"accuracy":0},"PROTEST":{"records":1,"accuracy":1},"ASSAULT":{"records":2,"accuracy":0.5}}}""",
            EvalJson.ToJson(Report));
    }

    [Fact]
    public void Json_writes_null_mode_accuracy()
    {
        Assert.Contains("\"mode_accuracy\":null", EvalJson.ToJson(EvalSummary.Build([Results[0]])), StringComparison.Ordinal);
    }

    [Fact]
    public void Worst_records_are_inexact_ones_with_fewest_correct_parts_in_file_order()
    {
        Assert.Equal(["R4", "R5", "R2"], WorstRecords.Take(Results, 3).Select(r => r.Gold.Id));
        Assert.Equal("R1", WorstRecords.Take(Results, 10)[^1].Gold.Id);
        Assert.Empty(WorstRecords.Take(Results, 0));
    }
}
