using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Load_returns_a_fully_coded_report_field_for_field()
    {
        using var store = SqliteStore.OpenInMemory();
        var original = SampleNews.Kursk();

        Assert.Equal(SaveOutcome.Inserted, store.Save(original, "coding-1"));
        var loaded = store.Load(original.Document.Id);

        Assert.NotNull(loaded);
        AnalysisAssert.Equal(original, loaded);
    }

    [Fact]
    public void Load_keeps_missing_metadata_undated_items_and_empty_actor_lists()
    {
        using var store = SqliteStore.OpenInMemory();
        var original = SampleNews.Kharkiv();

        store.Save(original, "coding-1");
        var loaded = store.Load(original.Document.Id)!;

        AnalysisAssert.Equal(original, loaded);
        Assert.Null(loaded.Document.Published);
        Assert.Null(loaded.Events[0].Date);
        Assert.Empty(loaded.Events[0].Actors);
        Assert.Null(loaded.Claims[0].Attribution);
    }

    [Fact]
    public void Load_keeps_the_publication_offset_and_sub_second_time()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kursk(), "coding-1");

        var published = store.Load("d-kursk-1110")!.Document.Published!.Value;

        Assert.Equal(TimeSpan.FromHours(9), published.Offset);
        Assert.Equal(new DateTimeOffset(2024, 11, 10, 0, 30, 15, 250, TimeSpan.Zero), published);
    }

    [Fact]
    public void Load_of_a_document_never_saved_is_null()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kursk(), "coding-1");

        Assert.Null(store.Load("d-not-there"));
    }

    [Fact]
    public void Whole_table_reads_return_what_was_saved()
    {
        using var store = SqliteStore.OpenInMemory();
        var kursk = SampleNews.Kursk();
        var kharkiv = SampleNews.Kharkiv();
        store.Save(kursk, "coding-1");
        store.Save(kharkiv, "coding-1");

        Assert.Equal(2, store.Documents().Count);
        Assert.Equal(kursk.Mentions.Count + kharkiv.Mentions.Count, store.Mentions().Count);
        Assert.Equal(
            kursk.Claims.Concat(kharkiv.Claims).OrderBy(c => c.Id, StringComparer.Ordinal),
            store.Claims().OrderBy(c => c.Id, StringComparer.Ordinal));
        var events = store.Events().ToDictionary(e => e.Id);
        foreach (var expected in kursk.Events.Concat(kharkiv.Events))
            AnalysisAssert.EventsEqual([expected], [events[expected.Id]]);
        Assert.Equal(new StoreCounts(2, 10, 16, 5, 4, 0), store.Counts());
    }

    [Fact]
    public void Sentences_are_stored_with_their_text_for_full_text_search()
    {
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
            store.Save(SampleNews.Kursk(), "coding-1");

        using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, text FROM sentences WHERE document_id = 'd-kursk-1110' AND sentence_index = 4";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("Body", reader.GetString(0));
        Assert.Equal("Moscow denied using the foreign troops in combat.", reader.GetString(1));
    }

    [Fact]
    public void Ingestion_time_comes_from_the_injected_clock()
    {
        using var db = new TempDatabase();
        var now = new DateTimeOffset(2024, 11, 11, 6, 0, 0, TimeSpan.Zero);
        using (var store = SqliteStore.Open(db.Path, new FixedClock(now)))
            store.Save(SampleNews.Kharkiv(), "coding-1");

        using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ingested_at, coding_version FROM documents";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("2024-11-11T06:00:00.0000000+00:00", reader.GetString(0));
        Assert.Equal("coding-1", reader.GetString(1));
    }
}
