using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Reading;

namespace Sitrep.Store.Browsing;

public sealed partial class StoreBrowser
{
    /// <summary>
    /// One page of documents, newest first (undated last), optionally of one outlet and with
    /// <paramref name="titleContains"/> in the title or path (case-insensitive for ASCII).
    /// </summary>
    public Page<DocumentRow> Documents(string? outlet, string? titleContains, PageRequest page) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        var where = new List<string>();
        if (outlet is not null)
        {
            where.Add("d.outlet = $outlet");
            command.Parameters.AddWithValue("$outlet", outlet);
        }
        if (!string.IsNullOrWhiteSpace(titleContains))
        {
            where.Add("(d.title LIKE $q ESCAPE '\\' OR d.path LIKE $q ESCAPE '\\')");
            command.Parameters.AddWithValue("$q", "%" + EscapeLike(titleContains.Trim()) + "%");
        }
        var filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        command.CommandText = $"SELECT COUNT(*) FROM documents d{filter}";
        var total = Count(command);
        command.CommandText = $"""
            SELECT d.id, d.title, d.outlet, d.published, d.path,
                   (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id),
                   (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id),
                   (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id)
            FROM documents d{filter}
            ORDER BY d.published_utc IS NULL, d.published_utc DESC, d.id
            LIMIT $limit OFFSET $offset
            """;
        AddPaging(command, page);
        using var reader = command.ExecuteReader();
        var rows = new List<DocumentRow>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "documents");
            rows.Add(new DocumentRow(row.Text(), row.OptionalText(), row.OptionalText(), row.OptionalText(), row.Text(),
                row.Number(), row.Number(), row.Number()));
        }
        return new Page<DocumentRow>(total, page.Page, page.PageSize, rows);
    });

    /// <summary>One document and everything coded from it; null when no such document is stored.</summary>
    public DocumentAnalysis? Document(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return Read(connection => AnalysisReader.One(connection, documentId));
    }

    /// <summary>The outlet of every document (null when it names none), by document id, without reading texts.</summary>
    public IReadOnlyDictionary<string, string?> OutletsByDocument() => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, outlet FROM documents";
        using var reader = command.ExecuteReader();
        var outlets = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read()) outlets[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        return outlets;
    });

    /// <summary>Every outlet with its number of documents, most documents first.</summary>
    public IReadOnlyList<NamedCount> Outlets() => Read(connection =>
        Named(connection, "SELECT outlet, COUNT(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY COUNT(*) DESC, outlet"));

    internal static List<NamedCount> Named(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<NamedCount>();
        while (reader.Read()) rows.Add(new NamedCount(reader.GetString(0), reader.GetInt64(1)));
        return rows;
    }

    /// <summary>LIKE treats % and _ as wildcards; user text must match literally.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
