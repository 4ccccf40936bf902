using Sitrep.Domain;

namespace Sitrep.Store.Tests;

public sealed class OrderingTests
{
    [Fact]
    public void Events_come_back_by_date_with_undated_last_then_by_document_sentence_and_start()
    {
        using var store = SqliteStore.OpenInMemory();
        var kursk = SampleNews.Kursk();
        var kharkiv = SampleNews.Kharkiv();
        // A second Kursk report dated by year only: "2024" spans the whole year, so it sorts before "2024-11".
        var recap = Redated(SampleNews.Kursk("d-kursk-recap"), new PartialDate(2024));
        store.Save(kharkiv, "coding-1");
        store.Save(recap, "coding-1");
        store.Save(kursk, "coding-1");

        var ids = store.Events().Select(e => e.Id).ToArray();

        Assert.Equal(
        [
            "d-kursk-recap:2:mobilize", "d-kursk-recap:3:assault", "d-kursk-recap:4:assault", "d-kursk-recap:6:aid",
            "d-kursk-1110:4:assault", // 2024-11: starts 1 Nov
            "d-kursk-1110:3:assault", // 2024-11-09
            "d-kursk-1110:2:mobilize", // 2024-11-10
            "d-kursk-1110:6:aid", // 2025-06
            "d-kharkiv-stdin:0:assault", // no date
        ], ids);
    }

    [Fact]
    public void Event_order_agrees_with_PartialDate_comparison()
    {
        using var store = SqliteStore.OpenInMemory();
        var all = new[] { SampleNews.Kursk(), Redated(SampleNews.Kursk("d-kursk-recap"), new PartialDate(2024, 11)), SampleNews.Kharkiv() };
        foreach (var report in all) store.Save(report, "coding-1");

        var expected = all.SelectMany(a => a.Events)
            .OrderBy(e => e.Date is null)
            .ThenBy(e => e.Date ?? default)
            .ThenBy(e => e.At.DocumentId, StringComparer.Ordinal)
            .ThenBy(e => e.At.Sentence)
            .ThenBy(e => e.At.Span.Start)
            .Select(e => e.Id);

        Assert.Equal(expected, store.Events().Select(e => e.Id));
    }

    [Fact]
    public void Claims_come_back_by_date_with_undated_last()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kharkiv(), "coding-1");
        store.Save(SampleNews.Kursk(), "coding-1");

        Assert.Equal(
            ["d-kursk-1110:5:killed", "d-kursk-1110:2:troops", "d-kursk-1110:6:dollars", "d-kharkiv-stdin:0:killed"],
            store.Claims().Select(c => c.Id));
    }

    [Fact]
    public void Mentions_come_back_in_reading_order_per_document()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kursk(), "coding-1");
        store.Save(SampleNews.Kharkiv(), "coding-1");

        var mentions = store.Mentions();

        Assert.Equal(["Kharkiv", "Residents", "North Korean troops", "Russian", "Seoul"], mentions.Take(5).Select(m => m.Text));
        Assert.Equal(
            mentions.OrderBy(m => m.At.DocumentId, StringComparer.Ordinal).ThenBy(m => m.At.Sentence).ThenBy(m => m.At.Span.Start),
            mentions);
    }

    [Fact]
    public void Documents_come_back_by_publication_instant_not_by_local_clock_text()
    {
        using var store = SqliteStore.OpenInMemory();
        // 09:00 in Seoul is 00:00 UTC; 20:00 the evening before in Washington is 01:00 UTC, i.e. later,
        // although its local date string sorts first.
        var seoul = SampleNews.Kursk("d-seoul");
        var washington = SampleNews.Kursk("d-washington");
        store.Save(seoul with { Document = seoul.Document with { Published = new(2024, 11, 10, 9, 0, 0, TimeSpan.FromHours(9)) } }, "c1");
        store.Save(washington with { Document = washington.Document with { Published = new(2024, 11, 9, 20, 0, 0, TimeSpan.FromHours(-5)) } }, "c1");
        store.Save(SampleNews.Kharkiv(), "c1");

        Assert.Equal(["d-seoul", "d-washington", "d-kharkiv-stdin"], store.Documents().Select(d => d.Id));
    }

    private static DocumentAnalysis Redated(DocumentAnalysis analysis, PartialDate date) => analysis with
    {
        Events = analysis.Events.Select(e => e with { Date = date }).ToArray(),
        Claims = analysis.Claims.Select(c => c with { Date = date }).ToArray(),
    };
}
