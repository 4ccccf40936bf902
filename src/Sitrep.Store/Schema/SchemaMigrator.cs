using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Schema;

/// <summary>
/// Brings a database forward to the newest schema by running the steps it has not seen, in order, each in its own
/// transaction together with the version bump, so an interrupted upgrade leaves the file at a consistent version.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Runs every step newer than <paramref name="currentVersion"/>; returns the version reached.</summary>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<Migration> steps, int currentVersion, string path)
    {
        CheckOrdered(steps);
        var version = currentVersion;
        foreach (var step in steps)
        {
            if (step.Version <= version) continue;
            using var transaction = connection.BeginTransaction();
            try
            {
                Execute(connection, transaction, step.Sql);
                // PRAGMA values cannot be bound as parameters; both numbers are compile-time constants of this program.
                Execute(connection, transaction,
                    $"PRAGMA application_id = {DatabaseHeader.SitrepApplicationId}; PRAGMA user_version = {step.Version};");
                transaction.Commit();
            }
            catch (SqliteException ex)
            {
                transaction.Rollback();
                throw new StoreException(
                    $"Could not upgrade {path} to schema version {step.Version} ({step.Name}); it is still at version {version}: {ex.Message}",
                    ex);
            }
            version = step.Version;
        }
        return version;
    }

    /// <summary>The history must be 1, 2, 3 … with no gaps, or a database could skip a step.</summary>
    private static void CheckOrdered(IReadOnlyList<Migration> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Version != i + 1)
                throw new InvalidOperationException(
                    $"Schema migration '{steps[i].Name}' is numbered {steps[i].Version} but is step {i + 1}; steps must be numbered 1, 2, 3 … in order.");
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
