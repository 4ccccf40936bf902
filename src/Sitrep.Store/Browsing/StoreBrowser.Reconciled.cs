using Sitrep.Domain;
using Sitrep.Store.Reading;

namespace Sitrep.Store.Browsing;

/// <summary>
/// A reconciled claim group as the claims page shows it: all its members up to <see cref="StoreBrowser.MembersShown"/>,
/// in saved order, and how many there are in all.
/// </summary>
public sealed record ReconciledRow(
    long Id, string Key, string Status, int Sources, double? Low, double? High, string? Measure, string? Actor,
    string? Place, bool Series, int MemberCount, IReadOnlyList<ReconciledMemberRow> Members);

/// <summary>One source's figure in a group, with the document it came from (null if that claim is gone).</summary>
public sealed record ReconciledMemberRow(
    string ClaimId, string? DocumentId, string? Outlet, double? Value, double? Low, double? High, string? Qualifier,
    string? Attribution, string? Date, string? Place, bool Hedged, string Reason);

public sealed partial class StoreBrowser
{
    /// <summary>Members listed per group; a figure repeated by hundreds of reports would otherwise swamp a page.</summary>
    public const int MembersShown = 100;

    /// <summary>One page of reconciled groups in the order reconciliation saved them, optionally of one status.</summary>
    public Page<ReconciledRow> Reconciled(ReconcileStatus? status, PageRequest page) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        var where = "";
        if (status is { } s)
        {
            where = " WHERE g.status = $status";
            command.Parameters.AddWithValue("$status", s.ToString());
        }
        command.CommandText = $"SELECT COUNT(*) FROM reconciled_groups g{where}";
        var total = Count(command);
        command.CommandText = $"""
            SELECT g.id, g.group_key, g.status, g.sources, g.low, g.high, g.measure, g.actor, g.place, g.series,
                   (SELECT COUNT(*) FROM reconciled_members m WHERE m.group_id = g.id)
            FROM reconciled_groups g{where} ORDER BY g.id LIMIT $limit OFFSET $offset
            """;
        AddPaging(command, page);
        var groups = new List<(long Id, string Key, string Status, int Sources, double? Low, double? High, string? Measure, string? Actor, string? Place, bool Series, int Members)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new RowCursor(reader, "reconciled_groups");
                var id = reader.GetInt64(0);
                row.Number();
                groups.Add((id, row.Text(), row.Text(), row.Number(), row.OptionalReal(), row.OptionalReal(), row.OptionalText(),
                    row.OptionalText(), row.OptionalText(), row.Flag(), row.Number()));
            }
        }
        var members = Members(connection, groups.Select(g => g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        var rows = groups.Select(g => new ReconciledRow(g.Id, g.Key, g.Status, g.Sources, g.Low, g.High, g.Measure, g.Actor, g.Place, g.Series, g.Members,
            members.TryGetValue(g.Id, out var m) ? m : [])).ToList();
        return new Page<ReconciledRow>(total, page.Page, page.PageSize, rows);
    });

    /// <summary>Groups by status name (stored enum names), for the overview.</summary>
    public IReadOnlyList<NamedCount> ReconciledStatusCounts() => Read(connection =>
        Named(connection, "SELECT status, COUNT(*) FROM reconciled_groups GROUP BY status ORDER BY status"));

    private static Dictionary<long, List<ReconciledMemberRow>> Members(Microsoft.Data.Sqlite.SqliteConnection connection, IReadOnlyList<string> groupIds)
    {
        var byGroup = new Dictionary<long, List<ReconciledMemberRow>>();
        if (groupIds.Count == 0) return byGroup;
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT m.group_id, m.claim_id, c.document_id, m.outlet, m.value, m.low, m.high, m.qualifier, m.attribution,
                   m.date, m.place, m.hedged, m.reason
            FROM reconciled_members m LEFT JOIN claims c ON c.id = m.claim_id
            WHERE m.group_id IN ({InList(command, groupIds, "g")}) AND m.position < $shown ORDER BY m.group_id, m.position
            """;
        command.Parameters.AddWithValue("$shown", MembersShown);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "reconciled_members");
            var group = reader.GetInt64(0);
            row.Number();
            if (!byGroup.TryGetValue(group, out var list)) byGroup[group] = list = [];
            list.Add(new ReconciledMemberRow(row.Text(), row.OptionalText(), row.OptionalText(), row.OptionalReal(), row.OptionalReal(),
                row.OptionalReal(), row.OptionalText(), row.OptionalText(), row.OptionalText(), row.OptionalText(), row.Flag(), row.Text()));
        }
        return byGroup;
    }
}
