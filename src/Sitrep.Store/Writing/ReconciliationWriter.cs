using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Writing;

/// <summary>Replaces the cross-document (derived) tables with a new reconciliation run inside the caller's transaction.</summary>
internal sealed class ReconciliationWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly InsertCommand _group;
    private readonly InsertCommand _member;
    private readonly InsertCommand _point;
    private readonly InsertCommand _corroboration;
    private readonly InsertCommand _corroboratingEvent;
    private readonly MergedEventWriter _merged;

    public ReconciliationWriter(SqliteConnection connection)
    {
        _connection = connection;
        _group = new(connection, "reconciled_groups",
            "id", "group_key", "sources", "low", "high", "status", "measure", "actor", "place", "series");
        _member = new(connection, "reconciled_members",
            "group_id", "position", "claim_id", "outlet", "value", "low", "high", "qualifier", "attribution", "date", "place",
            "hedged", "reason");
        _point = new(connection, "reconciled_points", "group_id", "position", "date", "low", "high");
        _corroboration = new(connection, "corroboration", "id", "event_id", "document_count", "outlet_count");
        _corroboratingEvent = new(connection, "corroboration_events", "corroboration_id", "position", "event_id");
        _merged = new(connection);
    }

    public void Replace(
        IReadOnlyList<ReconciledGroup> groups, IReadOnlyList<Corroboration> corroboration, IReadOnlyList<MergedEvent> merged,
        SqliteTransaction transaction)
    {
        Clear(transaction);
        // Ids are list positions (1-based), so reading back by id returns the groups in the order they were given.
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            _group.Execute(transaction, g + 1, group.Key, group.Sources, group.Low, group.High, group.Status.ToString(),
                group.Measure, group.Actor, group.Place, StoredValues.Flag(group.Series));
            WriteMembers(g + 1, group, transaction);
            for (var p = 0; p < group.Points.Count; p++)
            {
                var point = group.Points[p];
                _point.Execute(transaction, g + 1, p, point.Date.ToString(), point.Low, point.High);
            }
        }
        for (var c = 0; c < corroboration.Count; c++)
        {
            var row = corroboration[c];
            _corroboration.Execute(transaction, c + 1, row.EventId, row.Documents, row.Outlets);
            for (var e = 0; e < row.EventIds.Count; e++)
                _corroboratingEvent.Execute(transaction, c + 1, e, row.EventIds[e]);
        }
        for (var m = 0; m < merged.Count; m++) _merged.Write(merged[m], m, transaction);
    }

    /// <summary>
    /// One row per claim id. A group built without member details (ClaimIds only) stores bare rows; a group with
    /// members stores them, which must then list the same claims in the same order.
    /// </summary>
    private void WriteMembers(int groupId, ReconciledGroup group, SqliteTransaction transaction)
    {
        if (group.Members.Count > 0 && !group.Members.Select(m => m.ClaimId).SequenceEqual(group.ClaimIds, StringComparer.Ordinal))
            throw new ArgumentException($"Group '{group.Key}': Members and ClaimIds list different claims.", nameof(group));
        for (var m = 0; m < group.ClaimIds.Count; m++)
        {
            if (group.Members.Count == 0)
            {
                _member.Execute(transaction, groupId, m, group.ClaimIds[m], null, null, null, null, null, null, null, null, 0L, "");
                continue;
            }
            var x = group.Members[m];
            _member.Execute(transaction, groupId, m, x.ClaimId, x.Outlet, x.Value, x.Low, x.High, x.Qualifier, x.Attribution,
                x.Date?.ToString(), x.Place, StoredValues.Flag(x.Hedged), x.Reason);
        }
    }

    private void Clear(SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        // Children first, so the cascades have nothing left to look up.
        command.CommandText = """
            DELETE FROM reconciled_points;
            DELETE FROM reconciled_members;
            DELETE FROM reconciled_groups;
            DELETE FROM corroboration_events;
            DELETE FROM corroboration;
            DELETE FROM merged_event_outlets;
            DELETE FROM merged_event_members;
            DELETE FROM merged_event_codes;
            DELETE FROM merged_events;
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _group.Dispose();
        _member.Dispose();
        _point.Dispose();
        _corroboration.Dispose();
        _corroboratingEvent.Dispose();
        _merged.Dispose();
    }
}
