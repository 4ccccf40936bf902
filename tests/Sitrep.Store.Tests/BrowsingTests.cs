using Sitrep.Domain;
using Sitrep.Store.Browsing;

namespace Sitrep.Store.Tests;

/// <summary>The dashboard's paged and aggregated queries over two hand-coded reports (Kursk wire, Kharkiv stdin).</summary>
public sealed class BrowsingTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly StoreBrowser _browser;

    public BrowsingTests()
    {
        using (var store = SqliteStore.Open(_db.Path))
        {
            store.Save(SampleNews.Kursk(), "coding-1");
            store.Save(SampleNews.Kharkiv(), "coding-1");
        }
        _browser = StoreBrowser.Open(_db.Path);
    }

    public void Dispose() => _db.Dispose();

    private List<string> Ids(EventFilter filter) => [.. _browser.Events(filter, new PageRequest(1, 50)).Items.Select(e => e.Id)];

    [Fact]
    public void Events_come_oldest_first_with_undated_last_and_a_total()
    {
        var page = _browser.Events(EventFilter.None, new PageRequest(1, 50));

        Assert.Equal(5, page.Total);
        Assert.Equal(
            ["d-kursk-1110:4:assault", "d-kursk-1110:3:assault", "d-kursk-1110:2:mobilize", "d-kursk-1110:6:aid", "d-kharkiv-stdin:0:assault"],
            page.Items.Select(e => e.Id));
    }

    [Fact]
    public void Paging_splits_the_same_order_and_keeps_the_total()
    {
        var first = _browser.Events(EventFilter.None, new PageRequest(1, 2));
        var third = _browser.Events(EventFilter.None, new PageRequest(3, 2));
        var beyond = _browser.Events(EventFilter.None, new PageRequest(9, 2));

        Assert.Equal(["d-kursk-1110:4:assault", "d-kursk-1110:3:assault"], first.Items.Select(e => e.Id));
        Assert.Equal(["d-kharkiv-stdin:0:assault"], third.Items.Select(e => e.Id));
        Assert.Empty(beyond.Items);
        Assert.All([first, third, beyond], p => Assert.Equal(5, p.Total));
    }

    [Fact]
    public void Actor_filter_matches_any_actor_of_the_event_and_can_narrow_by_sector()
    {
        ActorFilter.TryParse("prk", out var prk);
        ActorFilter.TryParse("RUS/GOV", out var rusGov);

        Assert.Equal(["d-kursk-1110:3:assault", "d-kursk-1110:2:mobilize"], Ids(new EventFilter { Actor = prk }));
        Assert.Equal(["d-kursk-1110:4:assault"], Ids(new EventFilter { Actor = rusGov }));
    }

    [Fact]
    public void Recipient_type_outlet_document_and_hedging_filters_combine()
    {
        ActorFilter.TryParse("UKR", out var ukr);

        Assert.Equal(["d-kursk-1110:3:assault", "d-kursk-1110:6:aid", "d-kharkiv-stdin:0:assault"], Ids(new EventFilter { Recipient = ukr }));
        Assert.Equal(["d-kursk-1110:3:assault", "d-kharkiv-stdin:0:assault"], Ids(new EventFilter { Recipient = ukr, Type = EventType.Assault }));
        Assert.Equal(4, Ids(new EventFilter { Outlet = "Sitrep Wire" }).Count);
        Assert.Equal(["d-kharkiv-stdin:0:assault"], Ids(new EventFilter { Document = "d-kharkiv-stdin" }));
        Assert.Equal(["d-kursk-1110:6:aid"], Ids(new EventFilter { Hedged = HedgedFilter.Only }));
        Assert.DoesNotContain("d-kursk-1110:6:aid", Ids(new EventFilter { Hedged = HedgedFilter.Exclude }));
    }

    [Fact]
    public void Date_range_keeps_dates_that_can_fall_in_it_and_drops_undated_events()
    {
        var tenth = new EventFilter { From = new DateOnly(2024, 11, 10), To = new DateOnly(2024, 11, 10) };

        // The month-precise "November 2024" can be the 10th; the 9th cannot.
        Assert.Equal(["d-kursk-1110:4:assault", "d-kursk-1110:2:mobilize"], Ids(tenth));
        Assert.Equal(["d-kursk-1110:6:aid"], Ids(new EventFilter { From = new DateOnly(2025, 1, 1) }));
    }

    [Fact]
    public void Event_rows_carry_codes_outlet_sentence_and_the_trigger_inside_the_event_span()
    {
        var e = Assert.Single(_browser.EventsById(["d-kursk-1110:3:assault"]));
        var text = SampleNews.KurskText;

        Assert.Equal(["RUS/MIL", "PRK/MIL"], e.Actors);
        Assert.Equal(["UKR/MIL"], e.Recipients);
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("Sitrep Wire", e.Outlet);
        Assert.StartsWith("Russian and North Korean units attacked", e.Sentence);
        Assert.Equal("attacked", text[e.TriggerStart..e.TriggerEnd]);
    }

    [Fact]
    public void Aggregates_count_types_dyads_and_days_in_sql()
    {
        Assert.Equal([("Assault", 3L), ("Aid", 1L), ("Mobilize", 1L)], _browser.TypeCounts(EventFilter.None).Select(t => (t.Type, t.Events)));
        var dyads = _browser.TopDyads(EventFilter.None, 10).Select(d => (d.Actor, d.Recipient, d.Events)).ToList();
        Assert.Contains(("PRK", "UKR", 1L), dyads);
        Assert.Contains(("PRK", "RUS", 1L), dyads);
        Assert.Contains(("USA", "UKR", 1L), dyads);
        // Only day-precise dates have a day to count on: the 9th and the 10th.
        Assert.Equal([("2024-11-09", 1L), ("2024-11-10", 1L)], _browser.DayCounts(EventFilter.None).Select(d => (d.Day, d.Events)));
        var network = _browser.DyadTypedCounts(EventFilter.None);
        Assert.Contains(network, c => c is { Actor: "PRK", Recipient: "RUS", Type: "Mobilize", Mode: "troops", Events: 1 });
    }

    [Fact]
    public void Claims_filter_by_whose_figure_and_hedging()
    {
        ActorFilter.TryParse("PRK", out var prk);

        var all = _browser.Claims(EventFilter.None, new PageRequest(1, 50));
        var korean = _browser.Claims(new EventFilter { Actor = prk }, new PageRequest(1, 50));

        Assert.Equal(4, all.Total);
        var troops = Assert.Single(korean.Items);
        Assert.Equal("troops", troops.Subject);
        Assert.Equal("PRK/MIL", troops.Actor);
        Assert.Equal("Some 10,000 North Korean soldiers", SampleNews.KurskText[troops.Start..troops.End]);
        Assert.All(_browser.Claims(new EventFilter { Hedged = HedgedFilter.Only }, new PageRequest(1, 50)).Items, c => Assert.True(c.Hedged));
    }

    [Fact]
    public void Documents_page_newest_first_with_counts_and_title_search()
    {
        var page = _browser.Documents(null, null, new PageRequest(1, 10));
        var kursk = Assert.Single(_browser.Documents(null, "kursk", new PageRequest(1, 10)).Items);

        Assert.Equal(2, page.Total);
        Assert.Equal("d-kursk-1110", page.Items[0].Id);
        Assert.Equal((8, 4, 3), (kursk.Sentences, kursk.Events, kursk.Claims));
        Assert.Empty(_browser.Documents(null, "100%_", new PageRequest(1, 10)).Items);
        Assert.Null(_browser.Document("no-such-document"));
    }

    [Fact]
    public void Search_finds_sentences_with_marked_snippets_and_rejects_bad_syntax()
    {
        var hits = _browser.Search("sudzha", new PageRequest(1, 10));

        Assert.Equal(2, hits.Total);
        Assert.All(hits.Items, h => Assert.Contains(h.Snippet.Pieces, p => p.Match && p.Text == "Sudzha"));
        Assert.Equal(1, _browser.Search("\"north korean units\"", new PageRequest(1, 10)).Total);
        Assert.Throws<BadQueryException>(() => _browser.Search("\"unclosed", new PageRequest(1, 10)));
        Assert.Throws<BadQueryException>(() => _browser.Search("AND OR", new PageRequest(1, 10)));
    }

    [Fact]
    public void Search_index_follows_recoding_and_never_returns_removed_sentences()
    {
        using (var store = SqliteStore.Open(_db.Path))
        {
            var kharkiv = SampleNews.Kharkiv();
            // Recoding replaces the document's rows through the cascade; the index must drop the old sentences.
            store.Save(kharkiv, "coding-2");
        }

        Assert.Equal(1, _browser.Search("residents", new PageRequest(1, 10)).Total);
        Assert.Equal(1, _browser.Search("shelling", new PageRequest(1, 10)).Total);
    }

    [Theory]
    [InlineData("PRK", true)]
    [InlineData("prk/mil", true)]
    [InlineData("PRKX", false)]
    [InlineData("P1K", false)]
    [InlineData("PRK/", false)]
    [InlineData("", false)]
    public void Actor_filters_are_three_letter_codes_with_an_optional_sector(string text, bool valid)
    {
        Assert.Equal(valid, ActorFilter.TryParse(text, out _));
    }
}
