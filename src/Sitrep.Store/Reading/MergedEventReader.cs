using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads merged events back in the order they were saved, with their codes, mentions and outlets.</summary>
internal static class MergedEventReader
{
    public static IReadOnlyList<MergedEvent> All(SqliteConnection connection)
    {
        var actors = Lists(connection, "SELECT merged_id, code FROM merged_event_codes WHERE role = 'actor' ORDER BY merged_id, position", "merged_event_codes");
        var recipients = Lists(connection, "SELECT merged_id, code FROM merged_event_codes WHERE role = 'recipient' ORDER BY merged_id, position", "merged_event_codes");
        var members = Lists(connection, "SELECT merged_id, event_id FROM merged_event_members ORDER BY merged_id, position", "merged_event_members");
        var outlets = Lists(connection, "SELECT merged_id, outlet FROM merged_event_outlets ORDER BY merged_id, position", "merged_event_outlets");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, type, date, hedged FROM merged_events ORDER BY position";
        using var reader = command.ExecuteReader();
        var events = new List<MergedEvent>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "merged_events");
            var id = row.Text();
            events.Add(new MergedEvent
            {
                Id = id,
                Type = row.Enum<EventType>(),
                Date = row.OptionalDate(),
                Hedged = row.Flag(),
                Actors = actors.GetValueOrDefault(id) ?? [],
                Recipients = recipients.GetValueOrDefault(id) ?? [],
                EventIds = members.GetValueOrDefault(id) ?? [],
                Outlets = outlets.GetValueOrDefault(id) ?? [],
            });
        }
        return events;
    }

    /// <summary>Merged event id → values, in stored order.</summary>
    private static Dictionary<string, List<string>> Lists(SqliteConnection connection, string sql, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = new RowCursor(reader, table);
            var owner = row.Text();
            if (!lists.TryGetValue(owner, out var list)) lists[owner] = list = [];
            list.Add(row.Text());
        }
        return lists;
    }
}
