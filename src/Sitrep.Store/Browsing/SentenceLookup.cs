using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Browsing;

/// <summary>
/// Reads single sentences by document and index through one prepared statement on one connection: for analyses
/// that ask for the sentence of many events, where loading whole documents would read everything else too.
/// Not thread-safe; one per analysis run.
/// </summary>
public sealed class SentenceLookup : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _document;
    private readonly SqliteParameter _index;
    private readonly string _path;

    internal SentenceLookup(string connectionString, string path)
    {
        _path = path;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = "SELECT text FROM sentences WHERE document_id = $document AND sentence_index = $index";
        _document = _command.Parameters.Add("$document", SqliteType.Text);
        _index = _command.Parameters.Add("$index", SqliteType.Integer);
        _command.Prepare();
    }

    /// <summary>The sentence's text; null when the document has no such sentence.</summary>
    public string? Text(string documentId, int index)
    {
        _document.Value = documentId;
        _index.Value = index;
        try
        {
            return _command.ExecuteScalar() as string;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Could not read {_path}: {ex.Message}", ex);
        }
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
