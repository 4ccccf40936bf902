using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Reading;

namespace Sitrep.Store;

public sealed partial class SqliteStore
{
    /// <summary>All documents, by publication time (undated last), then id.</summary>
    public IReadOnlyList<Document> Documents() => Query(DocumentReader.All);

    /// <summary>One document and everything coded from it, each list in the order it was saved; null when not stored.</summary>
    public DocumentAnalysis? Load(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return Query(connection => AnalysisReader.One(connection, documentId));
    }

    /// <summary>All events, ordered by date (undated last), then document, sentence and start offset.</summary>
    public IReadOnlyList<CodedEvent> Events() => Query(EventReader.All);

    /// <summary>All claims, ordered by date (undated last), then document, sentence and start offset.</summary>
    public IReadOnlyList<Claim> Claims() => Query(ClaimReader.All);

    /// <summary>All actor mentions, ordered by document, sentence and start offset.</summary>
    public IReadOnlyList<ActorMention> Mentions() => Query(MentionReader.All);

    public StoreCounts Counts() => Query(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM mentions),
                   (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM reconciled_groups)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        var row = new RowCursor(reader, "counts");
        return new StoreCounts(row.Number(), row.Number(), row.Number(), row.Number(), row.Number(), row.Number());
    });

    /// <summary>Runs a read, turning SQLite failures into a <see cref="StoreException"/> that names the file.</summary>
    private T Query<T>(Func<SqliteConnection, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return read(_connection);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Could not read {Path}: {ex.Message}", ex);
        }
    }
}
