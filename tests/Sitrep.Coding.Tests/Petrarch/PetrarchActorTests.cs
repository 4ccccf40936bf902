using Sitrep.Coding.Petrarch;
using Sitrep.Domain;
using static Sitrep.Coding.Tests.Petrarch.PetrarchTestKit;

namespace Sitrep.Coding.Tests.Petrarch;

public sealed class PetrarchActorTests
{
    // Invented places and people, so that only the dictionary below can code them.
    private const string Actors = """
        <!-- test actors: an invented federation and its neighbours -->
        <!--
        # a comment block that spans lines
        -->
        VALDORIA_  [VAL]   # the federation
        +VALDORIAN_
        +PORT_ESKER
        KESTRAN_REPUBLIC [KSR]
        +KESTRANI
        KESTRAN_ARMY [KSRMIL]
        NORTHERN_LEAGUE [IGONRL]
        AMARA_TOLLEN ; a person, with a default code after her terms
        +PRESIDENT_TOLLEN
            [VALGOV 950601-990815]
            [VALOPP > 20150101]
            [VAL]
        OSKAR_BREN
            [KSRGOV <991231]
        THE_TWIN_CITIES [VAL/KSR]
        BAD_DATES [VAL 19991340-20000101]
        NO_CODE_HERE
        RED_LANTERN_SOCIETY [---]
        """;

    private static (ActorDictionary Dict, List<DataFileError> Errors) Load()
    {
        var dict = new ActorDictionary();
        var errors = new List<DataFileError>();
        PetrarchActorLoader.Load(File("test.actors.txt", Actors), dict, errors);
        return (dict, errors);
    }

    [Fact]
    public void Malformed_records_are_reported_with_file_and_line_and_the_rest_loads()
    {
        var (dict, errors) = Load();
        Assert.Equal(["test.actors.txt:20: '[VAL 19991340-20000101]': dates must be <date, >date or date-date, as YYMMDD or YYYYMMDD",
                      "test.actors.txt:20: actor 'BAD_DATES' has no code",
                      "test.actors.txt:21: actor 'NO_CODE_HERE' has no code"], errors.Select(e => e.ToString()));
        // Valdoria 3 phrases, Kestran 2 + army, league, Tollen 2 phrases x 3 codes, Bren, twin cities, lantern society.
        Assert.Equal(3 + 2 + 1 + 1 + 6 + 1 + 1 + 1, dict.Count);
    }

    [Fact]
    public void Composite_codes_become_code_sector_and_keep_the_original_as_entity()
    {
        Assert.Equal(new ActorCode("USA", "GOV", "USAGOV"), PetrarchCodes.ToActorCode("USAGOV"));
        Assert.Equal(new ActorCode("IGO", null, "IGOUNO"), PetrarchCodes.ToActorCode("igouno"));
        Assert.Equal(new ActorCode("PSE", "REB", "PSEREBHMS"), PetrarchCodes.ToActorCode("PSEREBHMS"));
        Assert.Equal(new ActorCode("FRO", null, "FRO/BIL/SAM"), PetrarchCodes.ToActorCode("FRO/BIL/SAM"));
        Assert.Null(PetrarchCodes.ToActorCode("---"));
        // Back to PETRARCH codes: the sector composition added, alternatives spread out.
        Assert.Equal(["ARNMIL"], PetrarchCodes.Of(new ActorCode("ARN", "MIL", "ARN")));
        Assert.Equal(["HOBGOV"], PetrarchCodes.Of(new ActorCode("HOB", "GOV", "HOBGOV")));
        Assert.Equal(["FRO", "BIL", "SAM"], PetrarchCodes.Of(new ActorCode("FRO", null, "FRO/BIL/SAM")));
        Assert.Equal(["RUS"], PetrarchCodes.Of(new ActorCode("RUS", null, "Vladimir Putin")));
    }

    [Theory]
    [InlineData("950601", "1995-06-01")]
    [InlineData("300101", "2030-01-01")]
    [InlineData("310101", "1931-01-01")]
    [InlineData("20150101", "2015-01-01")]
    public void Two_digit_years_follow_the_petrarch_rule(string text, string iso)
    {
        Assert.True(PetrarchDates.TryParse(text, out var d));
        Assert.Equal(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), d);
    }

    [Fact]
    public void Date_restrictions_parse_with_or_without_blanks()
    {
        Assert.True(PetrarchDates.TryParseRestriction("< 950601", out var from, out var to));
        Assert.Equal((null, new DateOnly(1995, 6, 1)), (from, to));
        Assert.True(PetrarchDates.TryParseRestriction(">990816", out from, out to));
        Assert.Equal((new DateOnly(1999, 8, 16), null), (from, to));
        Assert.True(PetrarchDates.TryParseRestriction("19950601 - 19990815", out from, out to));
        Assert.Equal((new DateOnly(1995, 6, 1), new DateOnly(1999, 8, 15)), (from, to));
        Assert.False(PetrarchDates.TryParseRestriction("990815-950601", out _, out _)); // ends before it begins
        Assert.False(PetrarchDates.TryParseRestriction("2004017-20061201", out _, out _)); // seven digits
    }

    [Theory]
    [InlineData("1997-03-02", "VAL", "GOV")] // in her term
    [InlineData("2016-05-20", "VAL", "OPP")] // in opposition later
    [InlineData("2005-01-01", "VAL", null)] // between: the default code
    public void The_code_in_force_on_the_publication_date_wins(string date, string code, string? sector)
    {
        var coder = Build(("test.actors.txt", Actors));
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var mention = Assert.Single(Code(coder, "President Tollen spoke in the capital.", day).Analysis.Mentions);
        Assert.Equal(code, mention.Actor.Code);
        Assert.Equal(sector, mention.Actor.Sector);
    }

    [Fact]
    public void Synonyms_share_the_record_codes_and_names_match_in_any_case()
    {
        var coder = Build(("test.actors.txt", Actors));
        var mentions = Code(coder, "Valdorian patrols and KESTRANI fishermen met off Port Esker.", new DateOnly(2020, 1, 1)).Analysis.Mentions;
        Assert.Equal(["VAL", "KSR", "VAL"], mentions.Select(m => m.Actor.Code));
        Assert.Equal("Port Esker", mentions[2].Text);
    }

    [Fact]
    public void A_null_code_claims_its_phrase_so_no_word_inside_it_is_coded()
    {
        var coder = Build(("test.actors.txt", Actors + "\nLANTERN [KSR]\n"));
        var mentions = Code(coder, "The Red Lantern Society marched, and a lantern burned.", new DateOnly(2020, 1, 1)).Analysis.Mentions;
        var only = Assert.Single(mentions);
        Assert.Equal("lantern", only.Text);
    }
}
