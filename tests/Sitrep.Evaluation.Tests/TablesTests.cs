using Sitrep.Domain;
using static Sitrep.Evaluation.Tests.Make;

namespace Sitrep.Evaluation.Tests;

public class TablesTests
{
    private static readonly EvalReport Report = EvalSummary.Build(
    [
        Scoring.Score(Gold(EventType.Assault, ["RUS"], ["UKR"], id: "R1"), [Event(EventType.Assault, ["RUS"], ["UKR"], trigger: "shelled")]),
        Scoring.Score(Gold(EventType.Accuse, ["USA"], ["IRN"], id: "R2"), [Event(EventType.Threaten, ["USA"], ["IRN"], trigger: "warned")]),
        Scoring.Score(Gold(EventType.Accuse, ["USA"], ["IRN"], id: "R3"), []),
    ]);

    [Fact]
    public void Confusion_has_a_row_per_gold_type_and_none_as_the_last_column()
    {
        var t = EvalTables.Confusion(Report);

        Assert.Equal(["Gold", "THR", "ASL", "none"], t.Columns);
        Assert.Equal("THR THREATEN, ASL ASSAULT", t.Note);
        Assert.Equal(["ACCUSE", "1", "", "1"], t.Rows[0]);
        Assert.Equal(["ASSAULT", "", "1", ""], t.Rows[1]);
    }

    [Fact]
    public void Abbreviations_are_distinct_for_all_sixteen_types()
    {
        Assert.Equal(16, Enum.GetValues<EventType>().Select(EvalTables.Abbreviation).Distinct().Count());
    }

    [Fact]
    public void Summary_shows_percentages_and_the_counts_behind_f1()
    {
        var rows = EvalTables.Summary(Report).Rows;
        Assert.Equal(["Event accuracy", "33.3%"], rows[0][..2]);
        Assert.Contains("tp 2, fp 0, fn 1", rows[1][2], StringComparison.Ordinal);
        Assert.Equal("–", rows[4][1]);
    }

    [Fact]
    public void Descriptions_show_roles_flags_trigger_and_pattern_source()
    {
        var e = Event(EventType.Assault, ["ISR/MIL"], ["LBN"], mode: "aerial", negated: true, trigger: "bombed");
        Assert.Equal("ASSAULT (aerial): ISR/MIL → LBN [negated] trigger 'bombed' by 'bomb (verbs.txt:10)'", EvalText.Event(e));

        var g = new GoldRecord("G", new DateOnly(2024, 1, 1), [new GoldActor("IAEA", "IGO", null)], [], EventType.Accuse, "investigate", null, "…");
        Assert.Equal("ACCUSE (investigate): IGO → –", EvalText.Gold(g));
    }
}
