using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Writing;

/// <summary>Replaces the cross-document (derived) tables with a new reconciliation run inside the caller's transaction.</summary>
internal sealed class ReconciliationWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly InsertCommand _group;
    private readonly InsertCommand _member;
    private readonly InsertCommand _corroboration;
    private readonly InsertCommand _corroboratingEvent;

    public ReconciliationWriter(SqliteConnection connection)
    {
        _connection = connection;
        _group = new(connection, "reconciled_groups", "id", "group_key", "sources", "low", "high", "status");
        _member = new(connection, "reconciled_members", "group_id", "position", "claim_id");
        _corroboration = new(connection, "corroboration", "id", "event_id", "document_count", "outlet_count");
        _corroboratingEvent = new(connection, "corroboration_events", "corroboration_id", "position", "event_id");
    }

    public void Replace(IReadOnlyList<ReconciledGroup> groups, IReadOnlyList<Corroboration> corroboration, SqliteTransaction transaction)
    {
        Clear(transaction);
        // Ids are list positions (1-based), so reading back by id returns the groups in the order they were given.
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            _group.Execute(transaction, g + 1, group.Key, group.Sources, group.Low, group.High, group.Status.ToString());
            for (var m = 0; m < group.ClaimIds.Count; m++)
                _member.Execute(transaction, g + 1, m, group.ClaimIds[m]);
        }
        for (var c = 0; c < corroboration.Count; c++)
        {
            var row = corroboration[c];
            _corroboration.Execute(transaction, c + 1, row.EventId, row.Documents, row.Outlets);
            for (var e = 0; e < row.EventIds.Count; e++)
                _corroboratingEvent.Execute(transaction, c + 1, e, row.EventIds[e]);
        }
    }

    private void Clear(SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        // Children first, so the cascades have nothing left to look up.
        command.CommandText = """
            DELETE FROM reconciled_members;
            DELETE FROM reconciled_groups;
            DELETE FROM corroboration_events;
            DELETE FROM corroboration;
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _group.Dispose();
        _member.Dispose();
        _corroboration.Dispose();
        _corroboratingEvent.Dispose();
    }
}
