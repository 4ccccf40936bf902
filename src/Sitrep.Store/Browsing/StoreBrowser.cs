using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Browsing;

/// <summary>
/// Read-only, paged and aggregated queries over a Sitrep database for the dashboard. Thread-safe: every call opens
/// a pooled read-only connection of its own, so concurrent requests never share one (WAL lets them read while
/// <c>sitrep analyze</c> writes). Nothing here loads a whole table; every value reaches SQL as a parameter.
/// </summary>
public sealed partial class StoreBrowser : IDisposable
{
    private readonly string _connectionString;
    private readonly Lock _stampGate = new();
    private SqliteConnection? _stampConnection;

    private StoreBrowser(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens an existing database, first bringing its schema up to date (which adds the search index).</summary>
    /// <exception cref="StoreException">No such file, or it cannot be opened or migrated.</exception>
    public static StoreBrowser Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new StoreException($"{path}: no such database (run 'sitrep analyze' first).");
        using (SqliteStore.Open(path))
        {
            // Opening migrates; browsing itself never writes.
        }
        RefreshStatistics(path);
        return new StoreBrowser(System.IO.Path.GetFullPath(path));
    }

    /// <summary>
    /// Gives SQLite's planner row statistics (sqlite_stat1) when a table has none or has grown tenfold since, so it
    /// drives a filtered query from its most selective condition (an actor's few events, not every ASSAULT). With
    /// analysis_limit the scan samples each index, which keeps this to a few milliseconds on 100,000 events.
    /// </summary>
    private static void RefreshStatistics(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;";
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Could not prepare {path} for browsing: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// A number that changes whenever another connection commits a change to the database (<c>sitrep analyze</c>
    /// saving documents or a reconciliation), so views derived from everything (the escalation ladder, whole-database
    /// aggregates) can be cached until it moves. One long-lived connection answers it, since SQLite's data_version is
    /// only comparable within one connection; it costs no table read.
    /// </summary>
    public long ContentStamp()
    {
        lock (_stampGate)
        {
            try
            {
                if (_stampConnection is null)
                {
                    var connection = new SqliteConnection(_connectionString);
                    connection.Open();
                    _stampConnection = connection;
                }
                using var command = _stampConnection.CreateCommand();
                command.CommandText = "PRAGMA data_version";
                return (long)command.ExecuteScalar()!;
            }
            catch (SqliteException ex)
            {
                _stampConnection?.Dispose();
                _stampConnection = null;
                throw new StoreException($"Could not read {Path}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>A reader of single sentences for one analysis run (dispose it after).</summary>
    public SentenceLookup Sentences() => new(_connectionString, Path);

    public void Dispose()
    {
        lock (_stampGate)
        {
            _stampConnection?.Dispose();
            _stampConnection = null;
        }
    }

    /// <summary>Runs a read on its own connection; SQLite failures become a <see cref="StoreException"/> naming the file.</summary>
    internal T Read<T>(Func<SqliteConnection, T> read)
    {
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            return read(connection);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Could not read {Path}: {ex.Message}", ex);
        }
    }

    internal static void AddPaging(SqliteCommand command, PageRequest page)
    {
        command.Parameters.AddWithValue("$limit", page.PageSize);
        command.Parameters.AddWithValue("$offset", page.Offset);
    }

    /// <summary>"$p0, $p1, …" bound to <paramref name="values"/>: an IN list that stays parameterised.</summary>
    internal static string InList(SqliteCommand command, IReadOnlyList<string> values, string prefix)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = $"${prefix}{i}";
            command.Parameters.AddWithValue(names[i], values[i]);
        }
        return string.Join(", ", names);
    }

    internal static long Count(SqliteCommand command) => Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
}
