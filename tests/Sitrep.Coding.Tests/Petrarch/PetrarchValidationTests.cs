using System.Text.Json;
using Sitrep.Coding.Petrarch;

namespace Sitrep.Coding.Tests.Petrarch;

public sealed class PetrarchValidationTests
{
    // A small suite in PETRARCH's format, with invented actors; <Parse> is there (as in real suites) and ignored.
    private const string Suite = """
        <Validation>
        <Environment>
            <Verbfile>mini.verbs.txt</Verbfile>
            <Actorfile>mini.actors.txt</Actorfile>
            <Agentfile>mini.agents.txt</Agentfile>
            <Discardfile>mini.discards.txt</Discardfile>
            <Config option="stop_on_error" value="True"></Config>
        </Environment>
        <Sentences>
        <Sentence date="20230601" id="MINI-01" category="VERB" sentence="true">
        <EventCoding sourcecode="VAL" targetcode="KSR" eventcode="057"></EventCoding>
        <Text>
        Valdoria restored full diplomatic
        ties with Kestra.
        </Text>
        <Parse>(ROOT (S (NP (NNP Valdoria)) (VP (VBD restored))))</Parse>
        </Sentence>
        <Sentence date="20230601" id="MINI-02" category="VERB" sentence="true">
        <EventCoding noevents = "True"></EventCoding>
        <Text>Valdoria already restored ties with Kestra.</Text>
        </Sentence>
        <Sentence date="20230601" id="DISCARD-01" category="ERROR" sentence="true">
        <EventCoding error="sentencediscard"></EventCoding>
        <Text>Years later, Valdoria restored full diplomatic ties with Kestra.</Text>
        </Sentence>
        <Sentence date="20230601" id="MINI-03" category="AGENT" sentence="true">
        <EventCoding sourcecode="KSRMIL" targetcode="VAL" eventcode="161"></EventCoding>
        <Text>Kestran troops cut off Valdoria.</Text>
        </Sentence>
        <Config option="require_dyad" value="false"></Config>
        <Config option="new_actor_length" value="4"></Config>
        <Sentence date="20230601" id="MINI-04" category="AGENT" sentence="true">
        <EventCoding sourcecode="KSRMIL" targetcode="---" eventcode="161"></EventCoding>
        <Text>Kestran troops cut off the road.</Text>
        </Sentence>
        <Sentence date="20230601" id="MINI-05" category="VERB" sentence="true">
        <EventCoding sourcecode="VAL" targetcode="KSR" eventcode="042"></EventCoding>
        <Text>Valdoria visited Kestra.</Text>
        </Sentence>
        <Config option="require_dyad" value="true"></Config>
        <Sentence date="20230601" id="MINI-06" category="MODE" sentence="true">
        <EventCoding sourcecode="VAL" targetcode="KSR" eventcode="023"></EventCoding>
        <Text>Valdoria restored the mystery with Kestra.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    private static PetrarchValidation Run(PetrarchImportOptions? options = null)
    {
        var folder = PetrarchTestKit.TempFolder();
        File.WriteAllText(Path.Combine(folder, "mini.verbs.txt"), PetrarchVerbTests.Verbs);
        File.WriteAllText(Path.Combine(folder, "mini.actors.txt"), PetrarchVerbTests.Actors);
        File.WriteAllText(Path.Combine(folder, "mini.agents.txt"), "TROOPS {} [~MIL]\n");
        File.WriteAllText(Path.Combine(folder, "mini.discards.txt"), "YEARS LATER\n");
        File.WriteAllText(Path.Combine(folder, "mini.xml"), Suite);
        try
        {
            return PetrarchValidator.Run(Path.Combine(folder, "mini.xml"), options);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_suite_file_gives_dictionaries_records_and_options_in_force()
    {
        var v = Run();
        var s = v.Suite;
        Assert.Equal(["mini.verbs.txt"], s.VerbFiles.Select(Path.GetFileName));
        Assert.Equal(7, s.Records.Count);
        Assert.Equal("Valdoria restored full diplomatic ties with Kestra.", s.Records[0].Text);
        Assert.Equal(new DateOnly(2023, 6, 1), s.Records[0].Date);
        Assert.Equal([true, true, true, true, false, false, true], s.Records.Select(r => r.RequireDyad));
        Assert.Equal("sentencediscard", s.Records[2].ExpectedError);
        Assert.Equal(["new_actor_length"], s.UnusedOptions);
        Assert.Empty(v.LoadErrors);
    }

    [Fact]
    public void Records_pass_when_the_produced_triples_equal_the_expected_ones()
    {
        var v = Run();
        var passed = v.Results.Where(r => r.Passed).Select(r => r.Record.Id);
        // MINI-05 expects only the visit; Sitrep also codes the host's act (043) from the paired code, so it fails.
        Assert.Equal(["MINI-01", "MINI-02", "DISCARD-01", "MINI-03", "MINI-04", "MINI-06"], passed);
        var failed = Assert.Single(v.Worst(10));
        Assert.Equal("MINI-05", failed.Record.Id);
        Assert.Equal(["KSR VAL 043"], failed.Extra.Select(t => t.ToString()));
        Assert.Contains(v.Results[2].Notes, n => n.Contains("YEARS LATER", StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_come_overall_and_by_category_and_as_json()
    {
        var v = Run();
        Assert.Equal(new PetrarchTally(7, 6), v.Total);
        Assert.Equal(new PetrarchTally(2, 2), v.ByCategory["AGENT"]);
        Assert.Equal(new PetrarchTally(3, 2), v.ByCategory["VERB"]);
        using var json = JsonDocument.Parse(v.ToJson());
        var root = json.RootElement;
        Assert.Equal("all_codes", root.GetProperty("mode").GetString());
        Assert.Equal(7, root.GetProperty("records").GetInt32());
        Assert.Equal(6, root.GetProperty("passed").GetInt32());
        Assert.Equal(0.8571, root.GetProperty("pass_rate").GetDouble());
        Assert.Equal(1, root.GetProperty("by_category").GetProperty("ERROR").GetProperty("pass_rate").GetDouble());
    }

    [Fact]
    public void By_default_every_code_is_an_event_and_plover_only_leaves_unused_codes_uncoded()
    {
        // The suite compares CAMEO triples, and PETRARCH2 emits a 023 statement like any other code.
        var all = Run();
        Assert.False(all.PloverOnly);
        Assert.True(all.Results.Single(r => r.Record.Id == "MINI-06").Passed);
        var plover = Run(PetrarchImportOptions.Default);
        Assert.True(plover.PloverOnly);
        var mystery = plover.Results.Single(r => r.Record.Id == "MINI-06");
        Assert.False(mystery.Passed);
        Assert.Empty(mystery.Produced);
        using var json = JsonDocument.Parse(plover.ToJson());
        Assert.Equal("plover_only", json.RootElement.GetProperty("mode").GetString());
    }
}
