using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Schema;

/// <summary>
/// The identity fields SQLite keeps in the file header: which application wrote the file and at which schema version.
/// Reading them is also the first read of the file, so a file that is not SQLite at all fails here.
/// </summary>
internal readonly record struct DatabaseHeader(int ApplicationId, int UserVersion, bool HasTables)
{
    /// <summary>"SITR" in ASCII; marks files written by Sitrep so an unrelated SQLite database is never migrated.</summary>
    public const int SitrepApplicationId = 0x53495452;

    public bool IsEmpty => UserVersion == 0 && !HasTables;

    public bool IsSitrep => ApplicationId == SitrepApplicationId;

    public static DatabaseHeader Read(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT application_id FROM pragma_application_id),
                   (SELECT user_version FROM pragma_user_version),
                   EXISTS (SELECT 1 FROM sqlite_master)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new DatabaseHeader(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2) != 0);
    }
}
