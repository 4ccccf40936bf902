using Sitrep.Domain;

namespace Sitrep.Evaluation.Tests;

public class GoldReaderTests
{
    private const string Talks =
        """{"id": "G-AGREE-1", "date": "2023-06-02", "source": [{"actorText": "Kenya", "code": "KEN", "sector": "GOV"}], "target": [{"actorText": "Somalia", "code": "SOM"}], "event": "AGREE", "mode": "", "context": "diplomatic", "text": "Kenya agreed on Friday to reopen its border crossings with Somalia next month."}""";

    private const string StringTarget =
        """{"id": "G-PROTEST-1", "date": "2023-06-03", "source": [{"actorText": "students", "code": "SRB", "sector": "EDU"}], "target": "", "event": "PROTEST", "mode": "demo", "text": "Thousands of students marched through Belgrade on Saturday."}""";

    private const string MissingTarget =
        """{"id": "G-MOBILIZE-1", "date": "2023-06-04", "source": [{"actorText": "Armenian army", "code": "ARM", "sector": "MIL"}], "event": "MOBILIZE", "text": "The Armenian army put its border units on high alert."}""";

    [Fact]
    public void Reads_actors_codes_sectors_mode_and_context()
    {
        using var file = new TempGoldFile(Talks);
        var (records, errors) = GoldReader.Read(file.Path);

        Assert.Empty(errors);
        var r = Assert.Single(records);
        Assert.Equal("G-AGREE-1", r.Id);
        Assert.Equal(new DateOnly(2023, 6, 2), r.Date);
        Assert.Equal(EventType.Agree, r.Event);
        Assert.Equal(new GoldActor("Kenya", "KEN", "GOV"), Assert.Single(r.Source));
        Assert.Equal(new GoldActor("Somalia", "SOM", null), Assert.Single(r.Target));
        Assert.Null(r.Mode); // "" means no mode
        Assert.Equal("diplomatic", r.Context);
        Assert.StartsWith("Kenya agreed on Friday", r.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void String_or_missing_target_reads_as_no_recipients()
    {
        using var file = new TempGoldFile(StringTarget, MissingTarget);
        var (records, errors) = GoldReader.Read(file.Path);

        Assert.Empty(errors);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Empty(r.Target));
        Assert.Equal("demo", records[0].Mode);
        Assert.Equal("ARM", Assert.Single(records[1].Source).Code);
        Assert.Null(records[1].Context);
    }

    [Theory]
    [InlineData("DEMAND", EventType.Request, null)]
    [InlineData("DISAPPROVE", EventType.Accuse, null)]
    [InlineData("INVESTIGATE", EventType.Accuse, "investigate")]
    [InlineData("FIGHT", EventType.Assault, null)]
    [InlineData("sanction", EventType.Sanction, null)]
    public void Legacy_event_names_map_to_current_types(string name, EventType expected, string? mode)
    {
        var line = $$"""{"id": "G-1", "date": "2023-06-05", "source": [{"actorText": "Ghana", "code": "GHA"}], "event": "{{name}}", "text": "Ghana's parliament opened an inquiry into the arms deal."}""";
        var (record, error) = GoldReader.ParseLine(line);

        Assert.Null(error);
        Assert.Equal(expected, record!.Event);
        Assert.Equal(mode, record.Mode);
    }

    [Fact]
    public void A_recorded_mode_wins_over_the_mode_a_legacy_name_implies()
    {
        var line = """{"id": "G-2", "date": "2023-06-05", "source": [], "event": "INVESTIGATE", "mode": "probe", "text": "Police opened a probe into the shooting."}""";
        Assert.Equal("probe", GoldReader.ParseLine(line).Record!.Mode);
    }

    [Theory]
    [InlineData("FIGHT", "assassinate", "targeted")]
    [InlineData("PROTEST", "demo-spon", "demo")]
    [InlineData("PROTEST", "strike-hun", "hunger")]
    [InlineData("PROTEST", "strike-gen", "strike")]
    [InlineData("COERCE", "detain", "arrest")]
    [InlineData("THREATEN", "curfew", "restrict")]
    [InlineData("COERCE", "curfew", "curfew")]   // a curfew imposed is still its own COERCE mode
    [InlineData("CONSULT", "host", "host")]      // no manual counterpart with the same roles: kept
    [InlineData("ASSAULT", "firearms", "firearms")]
    public void Legacy_mode_names_read_as_the_manuals_modes(string eventName, string mode, string expected)
    {
        var line = $$"""{"id": "G-3", "date": "2023-06-05", "source": [], "event": "{{eventName}}", "mode": "{{mode}}", "text": "Troops opened fire on marchers in the capital."}""";
        Assert.Equal(expected, GoldReader.ParseLine(line).Record!.Mode);
    }

    [Fact]
    public void A_broken_line_is_an_error_with_its_line_number_and_the_rest_loads()
    {
        using var file = new TempGoldFile(
            Talks,
            """{"id": "G-BROKEN", "date": "2023-06-03", "source": [{"actorText": "Chad", "code": "TCD"}""",
            "",
            MissingTarget);
        var (records, errors) = GoldReader.Read(file.Path);

        Assert.Equal(["G-AGREE-1", "G-MOBILIZE-1"], records.Select(r => r.Id));
        var error = Assert.Single(errors);
        Assert.Equal(file.Path, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{file.Path}:2: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "G-3", "date": "2023-06-05", "event": "SHOUT", "text": "Crowds jeered the minister."}""", "unknown event type 'SHOUT'")]
    [InlineData("""{"id": "G-3", "date": "2023-06-05", "event": "3", "text": "Crowds jeered the minister."}""", "unknown event type '3'")]
    [InlineData("""{"id": "G-3", "date": "June 5", "event": "PROTEST", "text": "Crowds jeered the minister."}""", "'date' is not YYYY-MM-DD")]
    [InlineData("""{"id": "G-3", "date": "2023-06-05", "event": "PROTEST"}""", "no 'text'")]
    [InlineData("""{"date": "2023-06-05", "event": "PROTEST", "text": "Crowds jeered the minister."}""", "no 'id'")]
    [InlineData("""{"id": "G-3", "date": "2023-06-05", "source": [{"actorText": "crowds"}], "event": "PROTEST", "text": "Crowds jeered the minister."}""", "'source[0]' has no code")]
    [InlineData("""{"id": "G-3", "date": "2023-06-05", "target": 7, "event": "PROTEST", "text": "Crowds jeered the minister."}""", "'target' is neither a list nor a string")]
    [InlineData("""["G-3", "PROTEST"]""", "not a JSON object")]
    public void Unusable_records_say_why(string line, string reason)
    {
        var (record, error) = GoldReader.ParseLine(line);
        Assert.Null(record);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_id_keeps_the_first_record_and_reports_the_second()
    {
        using var file = new TempGoldFile(Talks, Talks.Replace("2023-06-02", "2023-06-09", StringComparison.Ordinal));
        var (records, errors) = GoldReader.Read(file.Path);

        Assert.Equal(new DateOnly(2023, 6, 2), Assert.Single(records).Date);
        Assert.Equal(2, Assert.Single(errors).Line);
    }

    [Fact]
    public void A_missing_file_is_one_error_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-gold-{Guid.NewGuid():N}.jsonl");
        var (records, errors) = GoldReader.Read(path);

        Assert.Empty(records);
        Assert.Equal("no such file", Assert.Single(errors).Message);
    }
}
