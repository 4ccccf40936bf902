using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Reading;
using Sitrep.Store.Writing;

namespace Sitrep.Store;

public sealed partial class SqliteStore
{
    /// <summary>Replaces the reconciled claim groups and event corroboration with a new run, in one transaction.</summary>
    /// <exception cref="StoreException">A row was refused; the previous reconciliation is kept.</exception>
    public void SaveReconciliation(IReadOnlyList<ReconciledGroup> groups, IReadOnlyList<Corroboration> corroboration)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(corroboration);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            var writer = _reconciliationWriter ??= new ReconciliationWriter(_connection);
            using var transaction = _connection.BeginTransaction(deferred: false);
            try
            {
                writer.Replace(groups, corroboration, transaction);
                transaction.Commit();
            }
            catch (SqliteException)
            {
                transaction.Rollback();
                throw;
            }
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Could not store the reconciliation in {Path}; the previous one is kept: {ex.Message}", ex);
        }
    }

    /// <summary>The claim groups of the last reconciliation, in the order they were saved.</summary>
    public IReadOnlyList<ReconciledGroup> Reconciled() => Query(ReconciliationReader.Groups);

    /// <summary>The event corroboration of the last reconciliation, in the order it was saved.</summary>
    public IReadOnlyList<Corroboration> Corroborations() => Query(ReconciliationReader.Corroborations);
}
