using Sitrep.Domain;
using static Sitrep.Evaluation.Tests.Make;

namespace Sitrep.Evaluation.Tests;

/// <summary>One record at a time: which event is compared, and which parts count as right.</summary>
public class ScoringTests
{
    [Fact]
    public void An_event_of_the_gold_type_is_chosen_over_an_earlier_event_of_another_type()
    {
        // "Russia accused Ukraine of shelling the plant, then struck Ukrainian positions near Zaporizhzhia."
        var gold = Gold(EventType.Assault, ["RUS"], ["UKR"]);
        var accuse = Event(EventType.Accuse, ["RUS"], ["UKR"], trigger: "accused");
        var strike = Event(EventType.Assault, ["RUS/MIL"], ["UKR/MIL"], mode: "aerial", trigger: "struck");

        var r = Scoring.Score(gold, [accuse, strike]);

        Assert.Same(strike, r.Chosen);
        Assert.True(r.TypeCorrect);
        Assert.True(r.ActorsCorrect); // sectors do not matter, codes do
        Assert.True(r.RecipientsCorrect);
        Assert.True(r.Exact);
        Assert.Null(r.ModeCorrect);
        Assert.Equal(2, r.Produced.Count);
    }

    [Fact]
    public void A_negated_event_never_counts_so_the_first_affirmed_event_is_compared()
    {
        // "Israel denied striking the convoy but warned Hezbollah it would respond."
        var gold = Gold(EventType.Assault, ["ISR"], ["LBN"]);
        var denied = Event(EventType.Assault, ["ISR"], ["LBN"], negated: true, trigger: "striking");
        var warned = Event(EventType.Threaten, ["ISR"], ["LBN"], trigger: "warned");

        var r = Scoring.Score(gold, [denied, warned]);

        Assert.Same(warned, r.Chosen);
        Assert.False(r.TypeCorrect);
        Assert.True(r.ActorsCorrect);
        Assert.False(r.Exact);
    }

    [Fact]
    public void Only_negated_events_means_nothing_is_chosen()
    {
        var gold = Gold(EventType.Sanction, ["USA"], ["IRN"]);
        var r = Scoring.Score(gold, [Event(EventType.Sanction, ["USA"], ["IRN"], negated: true, trigger: "did not sanction")]);

        Assert.Null(r.Chosen);
        Assert.False(r.TypeCorrect);
        Assert.False(r.ActorsCorrect);
    }

    [Fact]
    public void Among_several_events_of_the_gold_type_the_one_sharing_most_source_codes_wins()
    {
        // "Sudanese troops clashed with rebels as Chadian and Sudanese forces shelled the border town."
        var gold = Gold(EventType.Assault, ["SDN", "TCD"], ["SDN"]);
        var clash = Event(EventType.Assault, ["SDN"], ["SDN/REB"], trigger: "clashed");
        var shell = Event(EventType.Assault, ["TCD/MIL", "SDN/MIL"], [], trigger: "shelled");

        Assert.Same(shell, Scoring.Choose(gold, [clash, shell]));
    }

    [Fact]
    public void Equal_overlap_keeps_the_earliest_event()
    {
        var gold = Gold(EventType.Protest, ["SRB"], []);
        var march = Event(EventType.Protest, ["SRB"], [], trigger: "marched");
        var rally = Event(EventType.Protest, ["SRB"], [], trigger: "rallied");

        Assert.Same(march, Scoring.Choose(gold, [march, rally]));
    }

    [Fact]
    public void Codes_compare_as_distinct_sets()
    {
        // Two Russian mentions (the ministry and the army) are one code, RUS.
        var m = CodeMatch.Of([new GoldActor("Russia", "RUS", "GOV")], [Mention("RUS/GOV"), Mention("RUS/MIL")]);
        Assert.Equal(new CodeMatch(1, 0, 0), m);
        Assert.True(m.SetsEqual);
    }

    [Fact]
    public void With_no_gold_recipient_produced_recipients_are_only_false_positives()
    {
        var gold = Gold(EventType.Protest, ["SRB"], []);
        var r = Scoring.Score(gold, [Event(EventType.Protest, ["SRB"], ["SRB/GOV"], trigger: "protested")]);

        Assert.Equal(new CodeMatch(0, 1, 0), CodeMatch.Of(gold.Target, r.Chosen!.Recipients));
        Assert.False(r.RecipientsCorrect);
        Assert.False(r.Exact);
    }

    [Fact]
    public void Nothing_produced_leaves_every_gold_code_a_false_negative()
    {
        var gold = Gold(EventType.Agree, ["KEN", "SOM"], ["ETH"]);
        var r = Scoring.Score(gold, []);

        Assert.Null(r.Chosen);
        Assert.Equal(new CodeMatch(0, 0, 2), CodeMatch.Of(gold.Source, r.Chosen?.Actors));
        Assert.Equal(new CodeMatch(0, 0, 1), CodeMatch.Of(gold.Target, r.Chosen?.Recipients));
        Assert.False(r.ActorsCorrect);
        Assert.False(r.RecipientsCorrect);
    }

    [Theory]
    [InlineData("demo", "DEMO", true)]
    [InlineData("demo", "riot", false)]
    [InlineData("demo", null, false)]
    [InlineData(null, "demo", null)]
    [InlineData("", "demo", null)]
    public void Mode_is_compared_case_insensitively_and_only_when_gold_has_one(string? goldMode, string? producedMode, bool? expected)
    {
        var gold = Gold(EventType.Protest, ["SRB"], [], mode: goldMode);
        var r = Scoring.Score(gold, [Event(EventType.Protest, ["SRB"], [], mode: producedMode, trigger: "marched")]);
        Assert.Equal(expected, r.ModeCorrect);
    }

    [Fact]
    public void Mode_counts_as_wrong_when_nothing_was_chosen()
    {
        var r = Scoring.Score(Gold(EventType.Protest, ["SRB"], [], mode: "demo"), []);
        Assert.False(r.ModeCorrect);
    }
}
