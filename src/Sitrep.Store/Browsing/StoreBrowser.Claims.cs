using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Reading;

namespace Sitrep.Store.Browsing;

public sealed partial class StoreBrowser
{
    private const string ClaimOrder =
        "c.date_earliest IS NULL, c.date_earliest, c.date_latest, c.document_id, c.sentence_index, c.span_start, c.position";

    /// <summary>One page of claims matching the filter (actor, outlet, dates, hedged, document), oldest first, and the total.</summary>
    public Page<ClaimRow> Claims(EventFilter filter, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Read(connection =>
        {
            var join = filter.Outlet is null ? "" : " JOIN documents d ON d.id = c.document_id";
            long total;
            using (var count = connection.CreateCommand())
            {
                count.CommandText = $"SELECT COUNT(*) FROM claims c{join}{FilterSql.Claims(filter, count)}";
                total = Count(count);
            }
            var ids = new List<string>(page.PageSize);
            using (var select = connection.CreateCommand())
            {
                select.CommandText = $"SELECT c.id FROM claims c{join}{FilterSql.Claims(filter, select)} ORDER BY {ClaimOrder} LIMIT $limit OFFSET $offset";
                AddPaging(select, page);
                using var reader = select.ExecuteReader();
                while (reader.Read()) ids.Add(reader.GetString(0));
            }
            return new Page<ClaimRow>(total, page.Page, page.PageSize, ClaimRows(connection, ids));
        });
    }

    /// <summary>Claims by id, in the order given (ids not stored are left out).</summary>
    public IReadOnlyList<ClaimRow> ClaimsById(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? [] : Read(connection => ClaimRows(connection, ids));
    }

    internal static List<ClaimRow> ClaimRows(SqliteConnection connection, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return [];
        var byId = new Dictionary<string, ClaimRow>(ids.Count, StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT c.id, c.document_id, c.sentence_index, c.span_start, c.span_end, c.text, c.subject,
                       c.actor_code, c.actor_sector, c.value, c.low, c.high, c.unit, c.qualifier, c.attribution_text,
                       c.date, c.hedged, d.outlet, d.title, s.text
                FROM claims c
                JOIN documents d ON d.id = c.document_id
                JOIN sentences s ON s.document_id = c.document_id AND s.sentence_index = c.sentence_index
                WHERE c.id IN ({InList(command, ids, "id")})
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new RowCursor(reader, "claims");
                var id = row.Text();
                var documentId = row.Text();
                var sentence = row.Number();
                var span = row.Span();
                var text = row.Text();
                var subject = row.Text();
                var code = row.OptionalText();
                var sector = row.OptionalText();
                var value = row.OptionalReal();
                var low = row.OptionalReal();
                var high = row.OptionalReal();
                var unit = row.OptionalText();
                var qualifier = row.OptionalText();
                var attribution = row.OptionalText();
                var date = row.OptionalText();
                var hedged = row.Flag();
                var outlet = row.OptionalText();
                var title = row.OptionalText();
                byId[id] = new ClaimRow(id, documentId, sentence, date, subject,
                    code is null ? null : new ActorCode(code, sector).ToString(),
                    value, low, high, unit, qualifier, attribution, hedged, outlet, title, span.Start, span.End, text, row.Text());
            }
        }
        var rows = new List<ClaimRow>(ids.Count);
        foreach (var id in ids)
            if (byId.TryGetValue(id, out var row)) rows.Add(row);
        return rows;
    }
}
