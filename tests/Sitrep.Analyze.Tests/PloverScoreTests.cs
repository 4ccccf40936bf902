using Sitrep.Domain;

namespace Sitrep.Analyze.Tests;

/// <summary>The PLOVER manual's conflict–cooperation scores, read from plover-scores.txt.</summary>
public sealed class PloverScoreTests
{
    private static readonly PloverScores Scores = PloverScores.LoadBuiltIn();

    [Fact]
    public void The_built_in_table_reads_without_errors()
    {
        Assert.Empty(Scores.Errors);
    }

    [Theory]
    [InlineData(EventType.Assault, null, -9)]
    [InlineData(EventType.Assault, "aerial", -9.5)]
    [InlineData(EventType.Assault, "Heavy-Weapons", -9.5)]
    [InlineData(EventType.Mobilize, "troops", -6.5)]
    [InlineData(EventType.Consult, "visit", 4)]
    [InlineData(EventType.Aid, null, 10)]
    [InlineData(EventType.Retreat, "ceasefire", 7.5)]
    [InlineData(EventType.Request, null, 0)]
    public void Modes_with_a_score_use_it(EventType type, string? mode, double expected)
    {
        Assert.Equal(expected, Scores.Score(type, mode));
    }

    [Fact]
    public void A_mode_the_table_does_not_score_falls_back_to_the_type()
    {
        Assert.Equal(Scores.Score(EventType.Aid, null), Scores.Score(EventType.Aid, "military"));
        Assert.Equal(Scores.Score(EventType.Sanction, null), Scores.Score(EventType.Sanction, "no-such-mode"));
    }

    [Fact]
    public void Conflict_types_score_below_zero_and_cooperation_types_above()
    {
        foreach (var type in Enum.GetValues<EventType>())
        {
            var score = Scores.Score(type, null);
            switch (type.QuadOf())
            {
                case Quad.MaterialConflict: Assert.True(score < 0, $"{type} {score}"); break;
                case Quad.VerbalCooperation or Quad.MaterialCooperation: Assert.True(score > 0, $"{type} {score}"); break;
            }
        }
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_and_skipped()
    {
        var table = PloverScores.Parse("my-scores.txt",
        [
            "# comment",
            "ASSAULT -9",
            "ASSAULT:drone -9.5",
            "SHOUT -2",
            "COERCE -11",
            "PROTEST",
            "ASSAULT -8",
        ]);

        Assert.Equal(-9, table.Score(EventType.Assault, null));
        Assert.Equal(-9.5, table.Score(EventType.Assault, "drone"));
        Assert.Contains(table.Errors, e => e is { File: "my-scores.txt", Line: 4 } && e.Message.Contains("SHOUT", StringComparison.Ordinal));
        Assert.Contains(table.Errors, e => e.Line == 5 && e.Message.Contains("-11", StringComparison.Ordinal));
        Assert.Contains(table.Errors, e => e.Line == 6);
        Assert.Contains(table.Errors, e => e.Line == 7 && e.Message.Contains("twice", StringComparison.Ordinal));
        // Types the file never scores are reported once each and score 0.
        Assert.Contains(table.Errors, e => e.Message.Contains("no score for AGREE", StringComparison.Ordinal));
        Assert.Equal(0, table.Score(EventType.Agree, null));
    }
}
