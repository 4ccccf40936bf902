using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads coded events with their actor and recipient mentions.</summary>
internal static class EventReader
{
    private const string Select = """
        SELECT id, document_id, sentence_index, span_start, span_end, text, type, mode, context, cameo, date,
               negated, hedged, attribution_text, attribution_start, attribution_end,
               attribution_code, attribution_sector, attribution_entity, trigger_text, pattern
        FROM events
        """;

    // Event id and role, then the mention columns in RowCursor.MentionColumns order (qualified: the join repeats names).
    private const string SelectParticipants = """
        SELECT ea.event_id, ea.role,
               ea.document_id, ea.sentence_index, ea.span_start, ea.span_end, ea.text, ea.code, ea.sector, ea.entity, ea.kind
        FROM event_actors ea
        """;

    /// <summary>
    /// All events by date (earliest day, then latest day, matching <see cref="PartialDate"/> order; undated last),
    /// then document, sentence, start.
    /// </summary>
    public static IReadOnlyList<CodedEvent> All(SqliteConnection connection)
    {
        var participants = Participants(connection, SelectParticipants + " ORDER BY ea.event_id, ea.role, ea.position", null);
        return Read(connection,
            Select + " ORDER BY date_earliest IS NULL, date_earliest, date_latest, document_id, sentence_index, span_start, position", null, participants);
    }

    /// <summary>One document's events in the order the coder produced them.</summary>
    public static IReadOnlyList<CodedEvent> OfDocument(SqliteConnection connection, string documentId)
    {
        var participants = Participants(connection,
            SelectParticipants + " JOIN events e ON e.id = ea.event_id WHERE e.document_id = $document ORDER BY ea.event_id, ea.role, ea.position",
            documentId);
        return Read(connection, Select + " WHERE document_id = $document ORDER BY position", documentId, participants);
    }

    private static List<CodedEvent> Read(
        SqliteConnection connection, string sql, string? documentId, Dictionary<string, EventParticipants> participants)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (documentId is not null) command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var events = new List<CodedEvent>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "events");
            var id = row.Text();
            participants.TryGetValue(id, out var who);
            events.Add(new CodedEvent
            {
                Id = id,
                At = row.Provenance(),
                Text = row.Text(),
                Type = row.Enum<EventType>(),
                Mode = row.OptionalText(),
                Context = row.OptionalText(),
                Cameo = row.OptionalText(),
                Date = row.OptionalDate(),
                Negated = row.Flag(),
                Hedged = row.Flag(),
                Attribution = row.Attribution(),
                Trigger = row.OptionalText(),
                Pattern = row.OptionalText(),
                Actors = who?.Actors ?? [],
                Recipients = who?.Recipients ?? [],
            });
        }
        return events;
    }

    private static Dictionary<string, EventParticipants> Participants(SqliteConnection connection, string sql, string? documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (documentId is not null) command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var byEvent = new Dictionary<string, EventParticipants>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = new RowCursor(reader, "event_actors");
            var eventId = row.Text();
            var role = row.Text();
            if (!byEvent.TryGetValue(eventId, out var who)) byEvent[eventId] = who = new EventParticipants();
            var mention = row.Mention();
            switch (role)
            {
                case "actor": who.Actors.Add(mention); break;
                case "recipient": who.Recipients.Add(mention); break;
                default: throw StoredValues.Corrupt("event_actors.role", role, "'actor' or 'recipient'");
            }
        }
        return byEvent;
    }

    private sealed class EventParticipants
    {
        public List<ActorMention> Actors { get; } = [];
        public List<ActorMention> Recipients { get; } = [];
    }
}
