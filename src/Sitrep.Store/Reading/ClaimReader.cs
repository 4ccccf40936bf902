using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads reported quantities.</summary>
internal static class ClaimReader
{
    private const string Select = """
        SELECT id, document_id, sentence_index, span_start, span_end, text, subject, actor_code, actor_sector, actor_entity,
               value, low, high, unit, qualifier, attribution_text, attribution_start, attribution_end,
               attribution_code, attribution_sector, attribution_entity, date, hedged
        FROM claims
        """;

    /// <summary>All claims by date (as events are, undated last), then document, sentence, start.</summary>
    public static IReadOnlyList<Claim> All(SqliteConnection connection) =>
        Read(connection, Select + " ORDER BY date_earliest IS NULL, date_earliest, date_latest, document_id, sentence_index, span_start, position", null);

    /// <summary>One document's claims in the order the coder produced them.</summary>
    public static IReadOnlyList<Claim> OfDocument(SqliteConnection connection, string documentId) =>
        Read(connection, Select + " WHERE document_id = $document ORDER BY position", documentId);

    private static List<Claim> Read(SqliteConnection connection, string sql, string? documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (documentId is not null) command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var claims = new List<Claim>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "claims");
            claims.Add(new Claim
            {
                Id = row.Text(),
                At = row.Provenance(),
                Text = row.Text(),
                Subject = row.Text(),
                Actor = row.OptionalActor(),
                Value = row.OptionalReal(),
                Low = row.OptionalReal(),
                High = row.OptionalReal(),
                Unit = row.OptionalText(),
                Qualifier = row.OptionalText(),
                Attribution = row.Attribution(),
                Date = row.OptionalDate(),
                Hedged = row.Flag(),
            });
        }
        return claims;
    }
}
