using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Reading;
using Sitrep.Store.Writing;

namespace Sitrep.Store;

public sealed partial class SqliteStore
{
    /// <summary>Replaces the reconciled claim groups and event corroboration with a new run (and no merged events), in one transaction.</summary>
    /// <exception cref="StoreException">A row was refused; the previous reconciliation is kept.</exception>
    public void SaveReconciliation(IReadOnlyList<ReconciledGroup> groups, IReadOnlyList<Corroboration> corroboration) =>
        SaveReconciliation(groups, corroboration, []);

    /// <summary>Replaces the reconciled claim groups, event corroboration and merged events with a new run, in one transaction.</summary>
    /// <exception cref="StoreException">A row was refused; the previous reconciliation is kept.</exception>
    /// <exception cref="ArgumentException">A group's members list other claims than its claim ids.</exception>
    public void SaveReconciliation(
        IReadOnlyList<ReconciledGroup> groups, IReadOnlyList<Corroboration> corroboration, IReadOnlyList<MergedEvent> mergedEvents)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(corroboration);
        ArgumentNullException.ThrowIfNull(mergedEvents);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            var writer = _reconciliationWriter ??= new ReconciliationWriter(_connection);
            using var transaction = _connection.BeginTransaction(deferred: false);
            try
            {
                writer.Replace(groups, corroboration, mergedEvents, transaction);
                transaction.Commit();
            }
            catch (SqliteException)
            {
                transaction.Rollback();
                throw;
            }
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Could not store the reconciliation in {Path}; the previous one is kept: {ex.Message}", ex);
        }
    }

    /// <summary>The claim groups of the last reconciliation, in the order they were saved.</summary>
    public IReadOnlyList<ReconciledGroup> Reconciled() => Query(ReconciliationReader.Groups);

    /// <summary>The event corroboration of the last reconciliation, in the order it was saved.</summary>
    public IReadOnlyList<Corroboration> Corroborations() => Query(ReconciliationReader.Corroborations);

    /// <summary>The merged events of the last reconciliation, in the order they were saved.</summary>
    public IReadOnlyList<MergedEvent> MergedEvents() => Query(MergedEventReader.All);

    /// <summary>
    /// The sentence each stored claim was read from (index, span in its document's text, kind), by claim id: what
    /// reconciliation reads a claim's place and measure from.
    /// </summary>
    public IReadOnlyDictionary<string, Sentence> ClaimSentences() => Query(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.id, s.sentence_index, s.span_start, s.span_end, s.kind
            FROM claims c JOIN sentences s ON s.document_id = c.document_id AND s.sentence_index = c.sentence_index
            """;
        using var reader = command.ExecuteReader();
        var sentences = new Dictionary<string, Sentence>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var row = new RowCursor(reader, "sentences");
            sentences[row.Text()] = new Sentence(row.Number(), row.Span(), row.Enum<SentenceKind>());
        }
        return sentences;
    });
}
