using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Writing;

namespace Sitrep.Store;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Stores one document and everything coded from it in a single transaction. Saving a document already stored
    /// under <paramref name="codingVersion"/> changes nothing; under another version, its rows are replaced.
    /// </summary>
    /// <exception cref="StoreException">The analysis is inconsistent or a row was refused; nothing of this document was written.</exception>
    public SaveOutcome Save(DocumentAnalysis analysis, string codingVersion)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentException.ThrowIfNullOrEmpty(codingVersion);
        ObjectDisposedException.ThrowIf(_disposed, this);
        AnalysisValidator.Check(analysis);

        var document = analysis.Document;
        try
        {
            // Prepared before the transaction starts, and kept for the next document.
            var writer = _documentWriter ??= new DocumentWriter(_connection);
            // BEGIN IMMEDIATE: take the write lock before reading the stored version, so two writers cannot both insert.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var stored = _connection.ExecuteScalar<string?>(
                "SELECT coding_version FROM documents WHERE id = @id", new { id = document.Id }, transaction);
            if (string.Equals(stored, codingVersion, StringComparison.Ordinal)) return SaveOutcome.Unchanged;
            try
            {
                // Cascades to captions, sentences, mentions, events (and their actors) and claims.
                if (stored is not null)
                    _connection.Execute("DELETE FROM documents WHERE id = @id", new { id = document.Id }, transaction);
                writer.Write(analysis, codingVersion, _time.GetUtcNow(), transaction);
                transaction.Commit();
            }
            catch (SqliteException)
            {
                transaction.Rollback();
                throw;
            }
            return stored is null ? SaveOutcome.Inserted : SaveOutcome.Recoded;
        }
        catch (SqliteException ex)
        {
            throw new StoreException(
                $"Could not store document {document.Id} ({document.Path}); nothing of it was written: {ex.Message}", ex);
        }
    }

    /// <summary>Whether the document is stored under exactly this coding version.</summary>
    public bool Contains(string documentId, string codingVersion)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(codingVersion);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM documents WHERE id = @id AND coding_version = @version",
            new { id = documentId, version = codingVersion }) > 0;
    }
}
