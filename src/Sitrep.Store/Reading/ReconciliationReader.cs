using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads the derived cross-document tables back in the order they were saved.</summary>
internal static class ReconciliationReader
{
    public static IReadOnlyList<ReconciledGroup> Groups(SqliteConnection connection)
    {
        var members = Members(connection,
            "SELECT group_id, claim_id FROM reconciled_members ORDER BY group_id, position", "reconciled_members");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, group_key, sources, low, high, status FROM reconciled_groups ORDER BY id";
        using var reader = command.ExecuteReader();
        var groups = new List<ReconciledGroup>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "reconciled_groups");
            var id = row.Number();
            groups.Add(new ReconciledGroup
            {
                Key = row.Text(),
                Sources = row.Number(),
                Low = row.OptionalReal(),
                High = row.OptionalReal(),
                Status = row.Enum<ReconcileStatus>(),
                ClaimIds = members.TryGetValue(id, out var claimIds) ? claimIds : [],
            });
        }
        return groups;
    }

    public static IReadOnlyList<Corroboration> Corroborations(SqliteConnection connection)
    {
        var events = Members(connection,
            "SELECT corroboration_id, event_id FROM corroboration_events ORDER BY corroboration_id, position", "corroboration_events");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, event_id, document_count, outlet_count FROM corroboration ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<Corroboration>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "corroboration");
            var id = row.Number();
            rows.Add(new Corroboration(row.Text(), row.Number(), row.Number(), events.TryGetValue(id, out var ids) ? ids : []));
        }
        return rows;
    }

    /// <summary>Owner id → member ids, in stored order.</summary>
    private static Dictionary<int, List<string>> Members(SqliteConnection connection, string sql, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var members = new Dictionary<int, List<string>>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, table);
            var owner = row.Number();
            if (!members.TryGetValue(owner, out var ids)) members[owner] = ids = [];
            ids.Add(row.Text());
        }
        return members;
    }
}
