using Microsoft.Data.Sqlite;
using Sitrep.Store.Schema;
using Sitrep.Store.Writing;

namespace Sitrep.Store;

/// <summary>
/// Sitrep's database: one SQLite file holding documents, everything coded from them, and the latest reconciliation.
/// One instance owns one connection and is not thread-safe; open one store per thread (WAL lets them share a file).
/// </summary>
public sealed partial class SqliteStore : IDisposable
{
    private const string InMemoryPath = ":memory:";

    /// <summary>How long a writer waits for another process's write lock before giving up.</summary>
    private const int BusyTimeoutMilliseconds = 5000;

    /// <summary>SQLITE_NOTADB: the file exists but its header is not SQLite's.</summary>
    private const int SqliteNotADatabase = 26;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private DocumentWriter? _documentWriter;
    private ReconciliationWriter? _reconciliationWriter;
    private bool _disposed;

    private SqliteStore(SqliteConnection connection, string path, TimeProvider time, int schemaVersion)
    {
        _connection = connection;
        _time = time;
        Path = path;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The schema version the database is at (always the newest this program knows, once open).</summary>
    public int SchemaVersion { get; }

    /// <summary>The file the store was opened on, or ":memory:".</summary>
    public string Path { get; }

    /// <summary>Opens or creates the database file and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The file cannot be opened, is not a Sitrep database, or is from a newer Sitrep.</exception>
    public static SqliteStore Open(string path) => Open(path, null);

    /// <inheritdoc cref="Open(string)"/>
    /// <param name="path">The database file.</param>
    /// <param name="time">Clock for the ingested_at column; the system clock when null.</param>
    public static SqliteStore Open(string path, TimeProvider? time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Connect(path, SqliteOpenMode.ReadWriteCreate, time ?? TimeProvider.System);
    }

    /// <summary>A private database that lives as long as the store; for tests and one-off runs.</summary>
    public static SqliteStore OpenInMemory() => OpenInMemory(null);

    /// <inheritdoc cref="OpenInMemory()"/>
    /// <param name="time">Clock for the ingested_at column; the system clock when null.</param>
    public static SqliteStore OpenInMemory(TimeProvider? time) => Connect(InMemoryPath, SqliteOpenMode.Memory, time ?? TimeProvider.System);

    private static SqliteStore Connect(string path, SqliteOpenMode mode, TimeProvider time)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // The store holds its connection for its whole life; pooling would only keep the file open after Dispose.
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var version = Prepare(connection, path, mode == SqliteOpenMode.Memory);
            return new SqliteStore(connection, path, time, version);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException(
                ex.SqliteErrorCode == SqliteNotADatabase
                    ? $"{path} is not a SQLite database, so it cannot be a Sitrep database."
                    : $"Cannot open {path}: {ex.Message}",
                ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Checks the file is ours and not from the future, then configures the connection and migrates.</summary>
    private static int Prepare(SqliteConnection connection, string path, bool inMemory)
    {
        Pragma(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
        // Everything that could refuse the file happens before anything writes to it.
        var header = DatabaseHeader.Read(connection);
        if (header.UserVersion > Migrations.Latest && header.IsSitrep)
            throw new StoreException(
                $"{path} was written by a newer version of Sitrep (schema version {header.UserVersion}; this program knows up to "
                + $"{Migrations.Latest}). Update Sitrep to open it; the file was left unchanged.");
        if (!header.IsEmpty && !header.IsSitrep)
            throw new StoreException(
                $"{path} is a SQLite database but not a Sitrep one (application id {header.ApplicationId}); it was left unchanged.");

        // WAL lets the web UI read while the pipeline writes; NORMAL sync is safe under WAL and avoids an fsync per document.
        if (!inMemory) Pragma(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        Pragma(connection, "PRAGMA foreign_keys = ON;");
        return SchemaMigrator.Migrate(connection, Migrations.All, header.UserVersion, path);
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _documentWriter?.Dispose();
        _reconciliationWriter?.Dispose();
        _connection.Dispose();
    }
}
