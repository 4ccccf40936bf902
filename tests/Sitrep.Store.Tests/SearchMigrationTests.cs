using Microsoft.Data.Sqlite;
using Sitrep.Store.Browsing;
using Sitrep.Store.Schema;

namespace Sitrep.Store.Tests;

/// <summary>A database written at schema version 3 (before full-text search) is upgraded and its sentences indexed.</summary>
public sealed class SearchMigrationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_version_3_database_gains_a_backfilled_search_index_and_keeps_its_rows()
    {
        using (var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, [.. Migrations.All.Take(3)], 0, _db.Path);
            Execute(connection, """
                INSERT INTO documents (id, path, title, outlet, format, text, coding_version, ingested_at)
                VALUES ('d1', 'old.txt', 'Shelling in Kharkiv', 'Wire', 'Text', 'Shelling hit Kharkiv overnight. Residents fled.', 'v1', '2024-11-10T00:00:00Z');
                INSERT INTO sentences (document_id, sentence_index, span_start, span_end, kind, text)
                VALUES ('d1', 0, 0, 31, 'Body', 'Shelling hit Kharkiv overnight.'), ('d1', 1, 32, 47, 'Body', 'Residents fled.');
                """);
        }

        using (var store = SqliteStore.Open(_db.Path))
            Assert.Equal(Migrations.Latest, store.SchemaVersion);
        var browser = StoreBrowser.Open(_db.Path);

        var hit = Assert.Single(browser.Search("kharkiv", new PageRequest(1, 10)).Items);
        Assert.Equal(("d1", 0), (hit.DocumentId, hit.SentenceIndex));
        Assert.Equal("Shelling hit Kharkiv overnight.", hit.Snippet.PlainText);
        Assert.Equal(1, browser.Documents(null, null, new PageRequest(1, 10)).Total);
        var indexes = Indexes();
        Assert.Contains("ix_documents_list", indexes);
        Assert.Contains("ix_events_timeline", indexes);
        // Version 4's role-first index misled the planner on the actor–recipient join; version 5 removes it.
        Assert.DoesNotContain("ix_event_actors_role", indexes);
    }

    private List<string> Indexes()
    {
        using var connection = new SqliteConnection($"Data Source={_db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    [Fact]
    public void Opening_a_missing_file_for_browsing_says_to_run_analyze()
    {
        var error = Assert.Throws<StoreException>(() => StoreBrowser.Open(_db.Path));

        Assert.Contains(_db.Path, error.Message);
        Assert.Contains("sitrep analyze", error.Message);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
