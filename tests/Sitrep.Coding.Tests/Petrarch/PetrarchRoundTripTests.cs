using static Sitrep.Coding.Tests.Petrarch.PetrarchTestKit;

namespace Sitrep.Coding.Tests.Petrarch;

/// <summary>Dictionary → coder → sentence → CAMEO triple, with actors, agents, dates and verbs all invented.</summary>
public sealed class PetrarchRoundTripTests
{
    private const string Actors = """
        VALDORIA [VAL]
        +VALDORIAN
        +PORT_ESKER
        KESTRA [KSR]
        +KESTRAN
        AMARA_TOLLEN
        +PRESIDENT_TOLLEN
            [VALGOV 19950601-19990815]
            [VALOPP >150101]
            [VAL]
        """;

    private const string Agents = """
        TROOPS {} [~MIL]
        BORDER_GUARD [~MIL]
        """;

    private const string Verbs = """
        --- ACCUSE [112] ---
        ACCUSE
        BLAME
        - * (OF SHELLING) [1123]

        --- SHELL [---] ---
        SHELL
        - * (FROM ACROSS) [194]
        """;

    private static readonly Coder Coder = Build(("round.actors.txt", Actors), ("round.agents.txt", Agents), ("round.verbs.txt", Verbs));

    [Theory]
    [InlineData("President Tollen accused Kestran troops of shelling Port Esker.", "1997-04-02", "VALGOV KSRMIL 1123")]
    [InlineData("President Tollen accused Kestran troops of shelling Port Esker.", "2018-04-02", "VALOPP KSRMIL 1123")]
    [InlineData("Amara Tollen blamed Kestra for the drought.", "2003-01-01", "VAL KSR 112")]
    [InlineData("Kestran border guards shelled Valdoria from across the river.", "2003-01-01", "KSRMIL VAL 194")]
    public void A_sentence_codes_to_the_triple_the_dictionaries_describe(string sentence, string date, string triple)
    {
        Assert.Empty(Coder.LoadErrors);
        Assert.Equal([triple], Triples(Coder, sentence, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_a_target_no_triple_is_coded_unless_dyads_are_not_required()
    {
        const string sentence = "Kestran border guards shelled the river bank from across the water.";
        Assert.Empty(Triples(Coder, sentence, new DateOnly(2003, 1, 1)));
        Assert.Equal(["KSRMIL --- 194"], Triples(Coder, sentence, new DateOnly(2003, 1, 1), requireDyad: false));
    }
}
