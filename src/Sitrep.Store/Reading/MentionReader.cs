using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads the actor mentions found in documents.</summary>
internal static class MentionReader
{
    private const string Select = "SELECT " + RowCursor.MentionColumns + " FROM mentions";

    public static IReadOnlyList<ActorMention> All(SqliteConnection connection) =>
        Read(connection, Select + " ORDER BY document_id, sentence_index, span_start, position", null);

    /// <summary>One document's mentions in the order the coder produced them.</summary>
    public static IReadOnlyList<ActorMention> OfDocument(SqliteConnection connection, string documentId) =>
        Read(connection, Select + " WHERE document_id = $document ORDER BY position", documentId);

    private static List<ActorMention> Read(SqliteConnection connection, string sql, string? documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (documentId is not null) command.Parameters.AddWithValue("$document", documentId);
        using var reader = command.ExecuteReader();
        var mentions = new List<ActorMention>();
        while (reader.Read())
        {
            var row = new RowCursor(reader, "mentions");
            mentions.Add(row.Mention());
        }
        return mentions;
    }
}
