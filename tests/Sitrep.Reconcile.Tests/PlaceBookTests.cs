using Sitrep.Domain;

namespace Sitrep.Reconcile.Tests;

public class PlaceBookTests
{
    [Fact]
    public void The_built_in_place_words_load_and_know_other_spellings()
    {
        var book = PlaceBook.BuiltIn;

        Assert.True(book.TryFind("Russian Federation", out var russia));
        Assert.Equal(new Place("Russia", PlaceKind.Country), russia);
        Assert.True(book.TryFind("Kursk Oblast", out var kursk));
        Assert.Equal(new Place("Kursk", PlaceKind.Region), kursk);
        Assert.True(book.TryFind("front line", out var front));
        Assert.Equal(PlaceKind.Front, front.Kind);
        Assert.False(book.TryFind("March", out _)); // listed as not a place
        Assert.False(book.TryFind("Atlantis", out _));
    }

    [Fact]
    public void Errors_name_the_file_and_line_and_the_good_lines_still_load()
    {
        var errors = new List<DataFileError>();
        var book = PlaceBook.Parse("my-places.txt", """
            # places of a local conflict
            country | Sudan |
            city | El Fasher | Al-Fashir
            village | Tawila |
            region | Darfur | North Darfur | West Darfur
            city | Fasher | El Fasher
            not-a-place | months |
            """, errors);

        Assert.Equal(
        [
            new DataFileError("my-places.txt", 4, "unknown kind 'village' (expected country, region, city, front, cue, origin, direction, suffix or not-a-place)"),
            new DataFileError("my-places.txt", 5, "expected 'KIND | NAME | other names', found 4 fields"),
            new DataFileError("my-places.txt", 6, "'El Fasher' is already listed as a name of El Fasher"),
            new DataFileError("my-places.txt", 7, "no words listed"),
        ], errors);
        Assert.True(book.TryFind("al-fashir", out var city));
        Assert.Equal("El Fasher", city.Name);
        Assert.False(book.TryFind("Fasher", out _));
    }

    [Fact]
    public void A_custom_book_changes_which_names_are_read_as_one_place()
    {
        var errors = new List<DataFileError>();
        var book = PlaceBook.Parse("places.txt", """
            cue | cues | in
            city | El Fasher | Al-Fashir
            """, errors);
        var text = "At least 30 people were killed in Al-Fashir on Monday. Another 20 people were killed in El Fasher on Tuesday.";
        Claim Killed(string id, string quote, int value, string date)
        {
            var start = text.IndexOf(quote, StringComparison.Ordinal);
            return new Claim
            {
                Id = id, At = new Provenance("doc", 0, new TextSpan(start, start + quote.Length)), Text = quote, Subject = "killed",
                Value = value, Date = PartialDate.Parse(date),
            };
        }
        var claims = new[] { Killed("a", "At least 30 people", 30, "2024-05-06"), Killed("b", "Another 20 people", 20, "2024-05-07") };
        var second = text.IndexOf("Another", StringComparison.Ordinal);
        ClaimSentence SentenceOf(Claim c) =>
            new(text, c.At.Span.Start < second ? new TextSpan(0, second - 1) : new TextSpan(second, text.Length));

        var groups = ClaimReconciler.Reconcile(claims, new Dictionary<string, SourceInfo>(), c => SentenceOf(c), new ReconcileOptions { Places = book });

        Assert.Empty(errors);
        Assert.Equal("El Fasher", Assert.Single(groups).Place);
    }
}
