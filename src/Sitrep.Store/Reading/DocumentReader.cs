using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads documents (with their caption spans) and sentences.</summary>
internal static class DocumentReader
{
    private const string Select = "SELECT id, path, title, outlet, author, url, published, format, text FROM documents";

    public static IReadOnlyList<Document> All(SqliteConnection connection)
    {
        var captions = Captions(connection, null);
        // Undated documents last; the UTC column makes string order time order.
        return Read(connection, Select + " ORDER BY published_utc IS NULL, published_utc, id", null, captions);
    }

    public static Document? One(SqliteConnection connection, string documentId)
    {
        var captions = Captions(connection, documentId);
        var found = Read(connection, Select + " WHERE id = $document", documentId, captions);
        return found.Count == 0 ? null : found[0];
    }

    public static IReadOnlyList<Sentence> Sentences(SqliteConnection connection, string documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sentence_index, span_start, span_end, kind FROM sentences
            WHERE document_id = $document ORDER BY sentence_index
            """;
        command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var sentences = new List<Sentence>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "sentences");
            sentences.Add(new Sentence(row.Number(), row.Span(), row.Enum<SentenceKind>()));
        }
        return sentences;
    }

    private static List<Document> Read(
        SqliteConnection connection, string sql, string? documentId, Dictionary<string, List<TextSpan>> captions)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (documentId is not null) command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var documents = new List<Document>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "documents");
            var id = row.Text();
            documents.Add(new Document
            {
                Id = id,
                Path = row.Text(),
                Title = row.OptionalText(),
                Outlet = row.OptionalText(),
                Author = row.OptionalText(),
                Url = row.OptionalText(),
                Published = row.OptionalInstant(),
                Format = row.Enum<DocumentFormat>(),
                Text = row.Text(),
                Captions = captions.TryGetValue(id, out var spans) ? spans : [],
            });
        }
        return documents;
    }

    private static Dictionary<string, List<TextSpan>> Captions(SqliteConnection connection, string? documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = documentId is null
            ? "SELECT document_id, span_start, span_end FROM document_captions ORDER BY document_id, position"
            : "SELECT document_id, span_start, span_end FROM document_captions WHERE document_id = $document ORDER BY position";
        if (documentId is not null) command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var captions = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = new RowCursor(reader, "document_captions");
            var id = row.Text();
            if (!captions.TryGetValue(id, out var spans)) captions[id] = spans = [];
            spans.Add(row.Span());
        }
        return captions;
    }
}
