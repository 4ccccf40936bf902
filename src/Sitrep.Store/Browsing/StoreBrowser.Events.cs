using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Reading;

namespace Sitrep.Store.Browsing;

public sealed partial class StoreBrowser
{
    /// <summary>The timeline order; ix_events_timeline (schema 4) serves it without sorting.</summary>
    private const string EventOrder =
        "e.date_earliest IS NULL, e.date_earliest, e.date_latest, e.document_id, e.sentence_index, e.span_start, e.position";

    /// <summary>One page of events matching the filter, oldest first (undated last), and the total.</summary>
    public Page<EventRow> Events(EventFilter filter, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Read(connection =>
        {
            long total;
            using (var count = connection.CreateCommand())
            {
                count.CommandText = $"SELECT COUNT(*) FROM events e{DocumentJoin(filter)}{FilterSql.Events(filter, count)}";
                total = Count(count);
            }
            var ids = new List<string>(page.PageSize);
            using (var select = connection.CreateCommand())
            {
                select.CommandText = $"SELECT e.id FROM events e{DocumentJoin(filter)}{FilterSql.Events(filter, select)} ORDER BY {EventOrder} LIMIT $limit OFFSET $offset";
                AddPaging(select, page);
                using var reader = select.ExecuteReader();
                while (reader.Read()) ids.Add(reader.GetString(0));
            }
            return new Page<EventRow>(total, page.Page, page.PageSize, EventRows(connection, ids));
        });
    }

    /// <summary>Events by id, in the order given (ids not stored are left out).</summary>
    public IReadOnlyList<EventRow> EventsById(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        return Read(connection =>
        {
            // In chunks: one IN list per chunk keeps every statement well under SQLite's parameter limit.
            var rows = new List<EventRow>(ids.Count);
            for (var i = 0; i < ids.Count; i += PageRequest.MaxPageSize)
                rows.AddRange(EventRows(connection, [.. ids.Skip(i).Take(PageRequest.MaxPageSize)]));
            return rows;
        });
    }

    /// <summary>The rows of a page: details and participants of exactly these ids, in their order.</summary>
    internal static List<EventRow> EventRows(SqliteConnection connection, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return [];
        var participants = Participants(connection, ids);
        var byId = new Dictionary<string, EventRow>(ids.Count, StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT e.id, e.document_id, e.sentence_index, e.span_start, e.span_end, e.text, e.type, e.mode, e.cameo, e.date,
                       e.hedged, e.negated, d.outlet, d.title, e.trigger_text, s.text
                FROM events e
                JOIN documents d ON d.id = e.document_id
                JOIN sentences s ON s.document_id = e.document_id AND s.sentence_index = e.sentence_index
                WHERE e.id IN ({InList(command, ids, "id")})
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new RowCursor(reader, "events");
                var id = row.Text();
                var documentId = row.Text();
                var sentence = row.Number();
                var span = row.Span();
                var text = row.Text();
                var type = row.Enum<EventType>();
                var mode = row.OptionalText();
                var cameo = row.OptionalText();
                var date = row.OptionalText();
                var hedged = row.Flag();
                var negated = row.Flag();
                var outlet = row.OptionalText();
                var title = row.OptionalText();
                var trigger = TriggerSpan(span, text, row.OptionalText());
                var sentenceText = row.Text();
                var found = participants.TryGetValue(id, out var who);
                byId[id] = new EventRow(id, documentId, sentence, date, type.Name(), mode, cameo,
                    found ? who.Actors : [], found ? who.Recipients : [], hedged, negated, outlet, title,
                    trigger.Start, trigger.End, text, sentenceText);
            }
        }
        var rows = new List<EventRow>(ids.Count);
        foreach (var id in ids)
            if (byId.TryGetValue(id, out var row)) rows.Add(row);
        return rows;
    }

    /// <summary>
    /// Where the trigger words sit in the document: the store keeps the event's span and the trigger's words, so the
    /// trigger is found inside the span; when the words do not occur there verbatim, the whole span stands in.
    /// </summary>
    public static TextSpan TriggerSpan(TextSpan eventSpan, string eventText, string? trigger)
    {
        if (string.IsNullOrEmpty(trigger)) return eventSpan;
        var at = eventText.IndexOf(trigger, StringComparison.Ordinal);
        if (at < 0) at = eventText.IndexOf(trigger, StringComparison.OrdinalIgnoreCase);
        return at < 0 || eventText.Length != eventSpan.Length
            ? eventSpan
            : new TextSpan(eventSpan.Start + at, eventSpan.Start + at + trigger.Length);
    }

    private static Dictionary<string, (List<string> Actors, List<string> Recipients)> Participants(SqliteConnection connection, IReadOnlyList<string> ids)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT event_id, role, code, sector FROM event_actors
            WHERE event_id IN ({InList(command, ids, "id")}) ORDER BY event_id, role, position
            """;
        using var reader = command.ExecuteReader();
        var byEvent = new Dictionary<string, (List<string> Actors, List<string> Recipients)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = new RowCursor(reader, "event_actors");
            var id = row.Text();
            var role = row.Text();
            var code = new ActorCode(row.Text(), row.OptionalText()).ToString();
            if (!byEvent.TryGetValue(id, out var who)) byEvent[id] = who = ([], []);
            (role == "actor" ? who.Actors : who.Recipients).Add(code);
        }
        return byEvent;
    }

    /// <summary>Documents are joined only when a filter needs their columns, so unfiltered counts stay index scans.</summary>
    private static string DocumentJoin(EventFilter filter) => filter.Outlet is null ? "" : " JOIN documents d ON d.id = e.document_id";
}
