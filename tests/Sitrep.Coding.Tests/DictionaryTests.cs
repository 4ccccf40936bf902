using Sitrep.Domain;

namespace Sitrep.Coding.Tests;

public sealed class DictionaryTests
{
    [Fact]
    public void Built_in_dictionaries_load_without_errors()
    {
        var coder = SpecRunner.Coder;
        Assert.True(coder.LoadErrors.Count == 0, string.Join("\n", coder.LoadErrors));
        Assert.True(coder.Lexicon.Actors.Count > 2000, $"only {coder.Lexicon.Actors.Count} actor phrases");
        Assert.True(coder.Lexicon.Verbs.PatternCount > 300, $"only {coder.Lexicon.Verbs.PatternCount} event patterns");
    }

    [Fact]
    public void Malformed_lines_are_reported_with_file_and_line_and_the_rest_loads()
    {
        var file = new DataFile("my-countries.txt",
        [
            "# a comment",
            "PRK | North Korea; DPRK | North Korean | Pyongyang",
            "XX | Nowhere | | ",
            "RUS | Russia | Russian",
            "UKR | Ukraine | Ukrainian | Kyiv; Kiev=XYZ",
        ]);
        var dict = new ActorDictionary();
        var errors = new List<DataFileError>();
        ActorDictionaryLoader.LoadCountries(file, dict, errors);
        Assert.Equal(["my-countries.txt:3", "my-countries.txt:4", "my-countries.txt:5"], errors.Select(e => $"{e.File}:{e.Line}"));
        Assert.Contains("3-letter", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("4 fields", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("XYZ", errors[2].Message, StringComparison.Ordinal);
        // Good lines (and the good phrases of a line with one bad phrase) still load.
        Assert.Equal(7, dict.Count); // PRK: 4 phrases; UKR: Ukraine, Ukrainian, Kyiv (Kiev=XYZ rejected)
    }

    [Fact]
    public void People_lines_check_dates_and_office_order()
    {
        var file = new DataFile("people-test.txt",
        [
            "Vladimir Putin; Putin | RUS | GOV | President | 2012-05-07 |",
            "Somebody Else | RUS | GOV | Minister | 2020-13-01 |",
            "Another Person | RUS | GOV | Minister | 2020-01-01 | 2019-01-01",
        ]);
        var errors = new List<DataFileError>();
        ActorDictionaryLoader.LoadPeople(file, new ActorDictionary(), errors);
        Assert.Equal([2, 3], errors.Select(e => e.Line));
    }

    [Fact]
    public void Verb_patterns_are_validated()
    {
        var file = new DataFile("verbs-test.txt",
        [
            "deploy * troops|soldiers | MOBILIZE | troops | military | 154",
            "attack | ASSAULT | | | 19",
            "frobnicate | DANCE | | | ",
            "shell | ASSAULT | | | 12x",
            "send * | AID | | | ",
            "threaten | THREATEN | | | 13 | sideways",
        ]);
        var errors = new List<DataFileError>();
        var verbs = new VerbDictionary();
        verbs.Load(file, new Inflector(), new Dictionary<string, string> { ["154"] = "MOBILIZE", ["19"] = "ASSAULT" }, errors);
        Assert.True(errors.Select(e => e.Line).SequenceEqual([3, 4, 5, 6]), string.Join("\n", errors));
        Assert.Equal(2, verbs.PatternCount);
        Assert.True(verbs.TryGet("deployed", out var forms));
        Assert.True(forms[0].IsParticiple);
        Assert.True(verbs.TryGet("attacking", out _));
    }

    [Theory]
    [InlineData("deploy", "deploys", "deployed", "deploying")]
    [InlineData("supply", "supplies", "supplied", "supplying")]
    [InlineData("seize", "seizes", "seized", "seizing")]
    [InlineData("attach", "attaches", "attached", "attaching")]
    [InlineData("agree", "agrees", "agreed", "agreeing")]
    [InlineData("die", "dies", "died", "dying")]
    public void Regular_inflections(string lemma, string third, string past, string present)
    {
        var f = Inflector.Regular(lemma);
        Assert.Equal((third, past, present), (f.Third, f.Past, f.Present));
    }

    [Fact]
    public void Irregular_table_overrides_the_rules()
    {
        var inflector = new Inflector();
        var errors = new List<DataFileError>();
        inflector.Load(new DataFile("irregular-test.txt", ["send | sent | sent | |", "stop | stopped | stopped | | stopping", "bad line"]), errors);
        Assert.Single(errors);
        Assert.Equal("sent", inflector.Forms("send").Past);
        Assert.Equal("stopping", inflector.Forms("stop").Present);
        Assert.Equal("stops", inflector.Forms("stop").Third);
    }
}
