namespace Sitrep.Analyze.Tests;

public class TreatyFileTests
{
    private const string Sahel = """
        # Liptako-Gourma Charter: the Alliance of Sahel States (Bamako, 16 September 2023).
        treaty: aes-2023
        name: Liptako-Gourma Charter (Alliance of Sahel States)
        obligation: defence
        article: Article 6
        signed: 2023-09-16
        in-force: 2023-09-16
        source: charter text as published by the three governments
        party: MLI 2023-09-16
        party: BFA 2023-09-16
        party: NER 2023-09-16
        """;

    [Fact]
    public void A_well_formed_file_adds_to_the_built_in_book()
    {
        using var files = new TempFiles();
        var book = TreatyBook.Load([files.Write("sahel.txt", Sahel)], Scenarios.Book);

        Assert.Empty(book.Errors);
        Assert.Equal(Scenarios.Book.Treaties.Count + 1, book.Treaties.Count);
        var result = WhatIf.Run(book, "IMG", Sitrep.Domain.EventType.Assault, "MLI", Scenarios.Today);
        Assert.Equal(["BFA", "NER"], result.Obliged.StatesUnder("aes-2023"));
    }

    [Fact]
    public void A_malformed_file_reports_file_and_line_and_skips_the_broken_entry()
    {
        using var files = new TempFiles();
        var path = files.Write("broken.txt", """
            # A date typed wrong on line 7 and an unknown key on line 9.
            treaty: typo-pact
            name: Pact with a typo
            obligation: defence
            article: Article 1
            signed: 2020-01-01
            in-force: 2020-31-01
            source: test
            partner: FRA 2020-01-01
            party: DEU 2020-01-01
            """);

        var book = TreatyBook.Load([path]);

        Assert.Empty(book.Treaties);
        Assert.Equal(2, book.Errors.Count);
        Assert.Equal(path, book.Errors[0].File);
        Assert.Equal(7, book.Errors[0].Line);
        Assert.StartsWith($"{path}:7: 'in-force:' needs a date YYYY-MM-DD", book.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(9, book.Errors[1].Line);
        Assert.Contains("unknown key 'partner'", book.Errors[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("obligation: mutual", 4, "unknown obligation 'mutual'")]
    [InlineData("party: Fra 2020-01-01", 4, "'Fra' is not an ISO 3166 alpha-3 code")]
    [InlineData("party: FRA 2020-01-01 2019-01-01", 4, "left (2019-01-01) must be after joined")]
    [InlineData("frozen: GBR 2021-01-01 never a party", 4, "frozen: GBR is not a party")]
    [InlineData("parties-as: no-such-treaty", 4, "names no treaty read before this one")]
    [InlineData("name: A second name", 4, "'name:' given twice")]
    [InlineData("no colon here", 4, "expected 'key: value'")]
    public void Each_kind_of_mistake_is_named_at_its_line(string badLine, int line, string message)
    {
        using var files = new TempFiles();
        var path = files.Write("pact.txt", $"""
            treaty: test-pact
            name: Test pact
            obligation: defence
            {badLine}
            article: Article 1
            signed: 2020-01-01
            in-force: 2020-01-01
            source: test
            party: FRA 2020-01-01
            party: DEU 2020-01-01
            """);

        var error = Assert.Single(TreatyBook.Load([path]).Errors);

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_fields_are_reported_at_the_treaty_line()
    {
        using var files = new TempFiles();
        var path = files.Write("short.txt", """

            treaty: half-pact
            name: Half a pact
            party: FRA 2020-01-01
            party: DEU 2020-01-01
            """);

        var errors = TreatyBook.Load([path]).Errors;

        Assert.Equal(5, errors.Count); // obligation, article, signed, in-force, source
        Assert.All(errors, e => Assert.Equal(2, e.Line));
        Assert.Contains(errors, e => e.Message == "treaty 'half-pact' has no 'article:' line");
    }

    [Fact]
    public void Directives_before_any_treaty_and_duplicate_ids_are_errors()
    {
        using var files = new TempFiles();
        var first = files.Write("a.txt", "name: orphan\n" + Sahel);
        var second = files.Write("b.txt", Sahel);

        var book = TreatyBook.Load([first, second]);

        Assert.Single(book.Treaties);
        Assert.Equal($"{first}:1: 'name:' before any 'treaty:' line", book.Errors[0].ToString());
        Assert.Equal($"{second}:2: treaty 'aes-2023' is defined twice", book.Errors[1].ToString());
    }

    [Fact]
    public void A_user_file_with_a_built_in_id_replaces_the_built_in_entry()
    {
        using var files = new TempFiles();
        // A what-if world in which Armenia has left the CSTO at the start of 2026.
        var path = files.Write("csto.txt", """
            treaty: csto-art4
            name: Collective Security Treaty (CSTO)
            obligation: defence
            article: Article 4
            signed: 1992-05-15
            in-force: 1994-04-20
            source: scenario
            party: RUS 1994-04-20
            party: BLR 1994-04-20
            party: KAZ 1994-04-20
            party: ARM 1994-04-20 2026-01-01
            """);

        var book = TreatyBook.Load([path], Scenarios.Book);
        var result = WhatIf.Run(book, "AZE", Sitrep.Domain.EventType.Assault, "ARM", Scenarios.Today);

        Assert.Empty(book.Errors);
        Assert.Equal(Scenarios.Book.Treaties.Count, book.Treaties.Count);
        Assert.Null(result.Obliged.Entry("RUS", "csto-art4"));
    }

    [Fact]
    public void An_unreadable_file_is_an_error_not_an_exception()
    {
        var book = TreatyBook.Load(["/nonexistent/sitrep/treaties.txt"]);

        var error = Assert.Single(book.Errors);
        Assert.Equal(0, error.Line);
        Assert.StartsWith("cannot read", error.Message, StringComparison.Ordinal);
    }
}
