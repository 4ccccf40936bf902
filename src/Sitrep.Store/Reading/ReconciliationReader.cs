using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads the derived cross-document tables back in the order they were saved.</summary>
internal static class ReconciliationReader
{
    public static IReadOnlyList<ReconciledGroup> Groups(SqliteConnection connection)
    {
        var members = GroupMembers(connection);
        var points = Points(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, group_key, sources, low, high, status, measure, actor, place, series
            FROM reconciled_groups ORDER BY id
            """;
        using var reader = command.ExecuteReader();
        var groups = new List<ReconciledGroup>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "reconciled_groups");
            var id = row.Number();
            var rows = members.GetValueOrDefault(id) ?? [];
            groups.Add(new ReconciledGroup
            {
                Key = row.Text(),
                Sources = row.Number(),
                Low = row.OptionalReal(),
                High = row.OptionalReal(),
                Status = row.Enum<ReconcileStatus>(),
                Measure = row.OptionalText(),
                Actor = row.OptionalText(),
                Place = row.OptionalText(),
                Series = row.Flag(),
                ClaimIds = [.. rows.Select(m => m.ClaimId)],
                // Groups saved with claim ids only (or by schema version 1) have no member details to give back.
                Members = rows.Any(m => m.Reason.Length > 0) ? rows : [],
                Points = points.GetValueOrDefault(id) ?? [],
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

    private static Dictionary<int, List<ReconciledMember>> GroupMembers(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT group_id, claim_id, outlet, value, low, high, qualifier, attribution, date, place, hedged, reason
            FROM reconciled_members ORDER BY group_id, position
            """;
        using var reader = command.ExecuteReader();
        var members = new Dictionary<int, List<ReconciledMember>>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "reconciled_members");
            var group = row.Number();
            if (!members.TryGetValue(group, out var list)) members[group] = list = [];
            list.Add(new ReconciledMember
            {
                ClaimId = row.Text(),
                Outlet = row.OptionalText(),
                Value = row.OptionalReal(),
                Low = row.OptionalReal(),
                High = row.OptionalReal(),
                Qualifier = row.OptionalText(),
                Attribution = row.OptionalText(),
                Date = row.OptionalDate(),
                Place = row.OptionalText(),
                Hedged = row.Flag(),
                Reason = row.Text(),
            });
        }
        return members;
    }

    private static Dictionary<int, List<SeriesPoint>> Points(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_id, date, low, high FROM reconciled_points ORDER BY group_id, position";
        using var reader = command.ExecuteReader();
        var points = new Dictionary<int, List<SeriesPoint>>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "reconciled_points");
            var group = row.Number();
            if (!points.TryGetValue(group, out var list)) points[group] = list = [];
            // date is NOT NULL in the schema; OptionalDate validates its form.
            list.Add(new SeriesPoint(row.OptionalDate()!.Value, row.Real(), row.OptionalReal()));
        }
        return points;
    }

    /// <summary>Owner id → member ids, in stored order.</summary>
    internal static Dictionary<int, List<string>> Members(SqliteConnection connection, string sql, string table)
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
