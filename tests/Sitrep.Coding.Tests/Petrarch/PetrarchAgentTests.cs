using Sitrep.Coding.Petrarch;
using Sitrep.Domain;
using static Sitrep.Coding.Tests.Petrarch.PetrarchTestKit;

namespace Sitrep.Coding.Tests.Petrarch;

public sealed class PetrarchAgentTests
{
    private const string Agents = """
        <!-- test agents -->
        !PERSON! = MAN, MEN, WOMAN, WOMEN
        COAST_GUARD [~MIL]   # regular plural: coast guards
        MILITIA {MILITIAS MILITIAE} [~REB]
        POLICE {} [~COP]
        CONGRESS!PERSON! [~LEG]
        AID_AGENCY [NGO~]
        DEPUTY [~GOVDEP]
        HERDER [~XYZ]
        NO_CODE_AGENT
        BROKEN [GOV]
        !UNDEFINED!_OFFICIAL [~GOV]
        """;

    private static readonly string Actors = """
        VALDORIA [VAL]
        +VALDORIAN
        """;

    [Fact]
    public void Agents_load_as_sector_words_with_plurals_and_substitutions()
    {
        var dict = new ActorDictionary();
        var errors = new List<DataFileError>();
        PetrarchAgentLoader.Load(File("test.agents.txt", Agents), dict, errors);
        Assert.Equal(["test.agents.txt:10: agent 'NO_CODE_AGENT' has no [code]",
                      "test.agents.txt:11: agent code '[GOV]' must start or end with '~'",
                      "test.agents.txt:12: undefined substitution set !UNDEFINED!"], errors.Select(e => e.ToString()));
        var values = new List<ActorEntry>();
        var tokens = Sitrep.Text.Tokenizer.Tokenize("coast guards");
        Assert.Equal(2, dict.Phrases.MatchLongest("coast guards", tokens, 0, values));
        var entry = Assert.Single(values);
        Assert.Equal(("MIL", "~MIL", MentionKind.Sector), (entry.Sector, entry.Entity, entry.Kind));
        Assert.Null(entry.Code);
        // Coast guard(s) 2, militia + 2 plurals, police (no plural), 4 congress-people, aid agency(+ies) 2,
        // deputy/deputies 2, herder(s) 2.
        Assert.Equal(2 + 3 + 1 + 4 + 2 + 2 + 2, dict.Count);
    }

    [Theory]
    [InlineData("Valdorian militiae fired on the port.", "VAL", "REB")]
    [InlineData("The Valdoria police arrested them.", "VAL", "COP")]
    [InlineData("Valdorian congresswomen met.", "VAL", "LEG")]
    [InlineData("A Valdorian deputy spoke.", "VAL", "GOV")] // GOVDEP: the known sector, GOV
    [InlineData("Valdorian herders gathered.", "VAL", null)] // XYZ is no Sitrep sector: the country alone
    public void A_country_and_an_agent_compose_into_one_actor(string sentence, string code, string? sector)
    {
        var coder = Build(("test.actors.txt", Actors), ("test.agents.txt", Agents));
        var actor = Assert.Single(Code(coder, sentence, new DateOnly(2021, 3, 4)).Analysis.Mentions).Actor;
        Assert.Equal((code, sector), (actor.Code, actor.Sector));
    }

    [Theory]
    [InlineData("Valdorian herders gathered.", "VALXYZ")] // an agent Sitrep has no sector for keeps its code
    [InlineData("Valdoria's deputies met.", "VALGOVDEP")] // through the possessive, the full agent code
    [InlineData("The Valdoria aid agency left.", "NGOVAL")] // "[NGO~]": the agent code goes first wherever the word stands
    [InlineData("Aid agency Valdoria left.", "NGOVAL")] // a prefix agent before the country goes before its code
    [InlineData("An aid agency Valdoria deputy left.", "NGOVALGOVDEP")]
    [InlineData("Deputies in Valdoria met.", "VALGOVDEP")] // a sector owned by the state after it
    public void The_agent_code_joins_the_actor_code_as_petrarch_writes_it(string sentence, string petrarch)
    {
        var coder = Build(("test.actors.txt", Actors), ("test.agents.txt", Agents));
        var actor = Assert.Single(Code(coder, sentence, new DateOnly(2021, 3, 4)).Analysis.Mentions).Actor;
        Assert.Equal([petrarch], PetrarchCodes.Of(actor));
    }
}
