using Microsoft.Data.Sqlite;
using Sitrep.Store.Schema;

namespace Sitrep.Store.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public MigrationTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    private static readonly Migration[] History =
    [
        new(1, "outlets", "CREATE TABLE outlets (name TEXT NOT NULL PRIMARY KEY);"),
        new(2, "outlet country", "ALTER TABLE outlets ADD COLUMN country TEXT;"),
        new(3, "seed", "INSERT INTO outlets (name, country) VALUES ('Kyiv Independent', 'UKR');"),
    ];

    [Fact]
    public void Steps_run_in_order_from_an_empty_database()
    {
        var reached = SchemaMigrator.Migrate(_connection, History, 0, "test.db");

        Assert.Equal(3, reached);
        Assert.Equal(3L, Scalar("PRAGMA user_version"));
        Assert.Equal((long)DatabaseHeader.SitrepApplicationId, Scalar("PRAGMA application_id"));
        Assert.Equal("UKR", Scalar("SELECT country FROM outlets"));
    }

    [Fact]
    public void Only_the_steps_newer_than_the_database_run()
    {
        SchemaMigrator.Migrate(_connection, History[..2], 0, "test.db");
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM outlets"));

        var reached = SchemaMigrator.Migrate(_connection, History, 2, "test.db");

        Assert.Equal(3, reached);
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM outlets"));
    }

    [Fact]
    public void A_failing_step_is_rolled_back_and_the_version_stays_at_the_last_good_step()
    {
        Migration[] broken = [History[0], new(2, "bad column", "ALTER TABLE outlets ADD COLUMN country TEXT; ALTER TABLE no_such ADD COLUMN x TEXT;")];

        var error = Assert.Throws<StoreException>(() => SchemaMigrator.Migrate(_connection, broken, 0, "sitrep.db"));

        Assert.Contains("sitrep.db", error.Message);
        Assert.Contains("bad column", error.Message);
        Assert.Equal(1L, Scalar("PRAGMA user_version"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM pragma_table_info('outlets') WHERE name = 'country'"));
    }

    [Fact]
    public void A_history_with_a_gap_is_a_programming_error()
    {
        Migration[] gap = [History[0], History[2]];

        Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Migrate(_connection, gap, 0, "test.db"));
    }

    [Fact]
    public void The_shipped_history_is_numbered_one_to_latest()
    {
        Assert.Equal(Enumerable.Range(1, Migrations.Latest), Migrations.All.Select(m => m.Version));
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
