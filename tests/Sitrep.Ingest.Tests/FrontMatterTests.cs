using Sitrep.Domain;

namespace Sitrep.Ingest.Tests;

public sealed class FrontMatterTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Markdown_with_front_matter_takes_metadata_from_it_and_strips_markup()
    {
        var doc = TestInput.Document(TestInput.Fixture("pokrovsk-briefing.md"));

        Assert.Equal("Pokrovsk: Ukrainian brigade says it repelled 14 assaults", doc.Title);
        Assert.Equal("Baltic Wire", doc.Outlet);
        Assert.Equal("Taras Melnyk, Anna Berg", doc.Author);
        Assert.Equal("https://balticwire.example/world/2024/11/12/pokrovsk-assaults", doc.Url);
        Assert.Equal(new DateTimeOffset(2024, 11, 12, 16, 40, 0, TimeSpan.FromHours(2)), doc.Published);
        Assert.Equal(DocumentFormat.Markdown, doc.Format);

        // The "# " heading equals the title, so the title is not repeated.
        Assert.StartsWith("Pokrovsk: Ukrainian brigade says it repelled 14 assaults\n\nUkraine's 59th Motorized Brigade said", doc.Text);
        Assert.Contains("repelled 14 Russian assaults near\nPokrovsk over the past 24 hours.", doc.Text);
        Assert.DoesNotContain("**", doc.Text);
        Assert.DoesNotContain("wikipedia", doc.Text);
        Assert.DoesNotContain("![", doc.Text);
        Assert.DoesNotContain("damaged apartment block", doc.Text);
        Assert.DoesNotContain("tags", doc.Text);
        Assert.Contains("\n* Russian forces lost 9 armoured vehicles, the brigade said.\n", doc.Text);
        Assert.Contains("\n- The claims could not be independently verified.", doc.Text);
        Assert.Contains("\n\"The enemy is attacking in small groups, day and night,\"", doc.Text);
        Assert.Contains("had made marginal advances", doc.Text);
    }

    [Fact]
    public void A_front_matter_date_without_time_is_midnight_utc()
    {
        var doc = _input.Article("""
            ---
            title: Georgia suspends EU accession talks
            published: 2024-11-28
            outlet: Caucasus Ledger
            unknown_key: { nested: true }
            ---
            Georgia's prime minister said on Thursday the government would not seek to open EU accession talks until 2028.
            """);

        Assert.Equal(new DateTimeOffset(2024, 11, 28, 0, 0, 0, TimeSpan.Zero), doc.Published);
        Assert.Equal("Caucasus Ledger", doc.Outlet);
        Assert.Equal("Georgia suspends EU accession talks\n\nGeorgia's prime minister said on Thursday the government would not seek to open EU accession talks until 2028.", doc.Text);
    }

    [Fact]
    public void Front_matter_without_closing_line_is_a_failure_on_line_one()
    {
        var path = _input.Write("unclosed.md", """
            ---
            title: Sudan talks collapse in Jeddah
            outlet: Nile Chronicle

            Talks between Sudan's army and the RSF collapsed on Sunday.
            """);

        var failure = TestInput.Failure(path);

        Assert.Equal(path, failure.Path);
        Assert.Equal(1, failure.Line);
        Assert.Contains("never closed", failure.Reason);
    }

    [Fact]
    public void Invalid_yaml_is_a_failure_naming_the_file_line()
    {
        var path = _input.Write("bad-yaml.txt", """
            ---
            title: Ceasefire holds in Gaza
            author: [Layla Mansour, Yossi Katz
            published: 2025-01-20
            ---
            The ceasefire held through its first full day on Monday.
            """);

        var failure = TestInput.Failure(path);

        Assert.Equal(path, failure.Path);
        Assert.Equal(3, failure.Line);
        Assert.Contains("invalid YAML", failure.Reason);
    }

    [Fact]
    public void Yaml_scanner_error_is_placed_where_the_offending_value_starts()
    {
        // The tab on line 3 breaks the plain scalar that starts on line 2; YamlDotNet reports the scalar's start.
        var path = _input.Write("tab.txt", "---\ntitle: Drone attack on Moscow region\n\tauthor: Ivan Petrov\n---\nDrones attacked the Moscow region overnight.\n");

        var failure = TestInput.Failure(path);

        Assert.Equal(2, failure.Line);
        Assert.Contains("tab", failure.Reason);
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_a_failure_at_its_line()
    {
        var path = _input.Write("wrong-type.md", """
            ---
            outlet: Baltic Wire
            title:
              main: Vilnius hosts NATO ministers
              kicker: Summit
            ---
            NATO foreign ministers met in Vilnius on Tuesday.
            """);

        var failure = TestInput.Failure(path);

        Assert.Equal(3, failure.Line);
        Assert.Contains("'title' must be text, not a mapping", failure.Reason);
    }

    [Fact]
    public void A_published_value_that_is_not_a_date_is_a_failure()
    {
        var path = _input.Write("not-a-date.txt", "---\ntitle: Shelling in Donetsk\npublished: last Tuesday\n---\nShelling hit Donetsk.\n");

        var failure = TestInput.Failure(path);

        Assert.Equal(3, failure.Line);
        Assert.Contains("'published' is not a date", failure.Reason);
    }

    [Fact]
    public void Front_matter_lines_are_counted_with_windows_line_endings()
    {
        var path = _input.Write("crlf.txt", "---\r\ntitle: ok\r\noutlet: [a, b]\r\n---\r\nBody text.\r\n");

        var failure = TestInput.Failure(path);

        Assert.Equal(3, failure.Line);
    }
}
