using Microsoft.Data.Sqlite;
using Sitrep.Store.Reading;

namespace Sitrep.Store.Browsing;

public sealed partial class StoreBrowser
{
    /// <summary>SQLITE_ERROR: for a MATCH whose SQL is a constant, the only thing that can be wrong is the search text.</summary>
    private const int SqliteError = 1;

    // Control characters never occur in stored text (ingest normalises it), so they can mark matches unambiguously.
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';

    /// <summary>
    /// Sentences matching an FTS5 query (words, "phrases", AND/OR/NOT, prefix*), best match first, with snippets.
    /// </summary>
    /// <exception cref="BadQueryException">The query is not valid FTS5 syntax.</exception>
    public Page<SearchHit> Search(string query, PageRequest page)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        try
        {
            return Read(connection =>
            {
                using var command = connection.CreateCommand();
                command.Parameters.AddWithValue("$q", query);
                command.CommandText = "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH $q";
                var total = Count(command);
                command.CommandText = $"""
                    SELECT s.document_id, s.sentence_index, d.title, d.outlet, d.published,
                           snippet(sentences_fts, 0, char(2), char(3), '…', 32)
                    FROM sentences_fts
                    JOIN sentences s ON s.id = sentences_fts.rowid
                    JOIN documents d ON d.id = s.document_id
                    WHERE sentences_fts MATCH $q
                    ORDER BY rank
                    LIMIT $limit OFFSET $offset
                    """;
                AddPaging(command, page);
                using var reader = command.ExecuteReader();
                var hits = new List<SearchHit>();
                while (reader.Read())
                {
                    var row = new RowCursor(reader, "sentences");
                    hits.Add(new SearchHit(row.Text(), row.Number(), row.OptionalText(), row.OptionalText(), row.OptionalText(), Snippet(row.Text())));
                }
                return new Page<SearchHit>(total, page.Page, page.PageSize, hits);
            });
        }
        catch (StoreException e) when (e.InnerException is SqliteException { SqliteErrorCode: SqliteError } inner)
        {
            throw new BadQueryException($"Search syntax error in '{query}': {inner.Message.Replace("SQLite Error 1: ", "", StringComparison.Ordinal).TrimEnd('.')}. Put words with punctuation in double quotes.", inner);
        }
    }

    /// <summary>Splits FTS5's marked snippet into plain pieces, matches flagged.</summary>
    internal static SearchSnippet Snippet(string marked)
    {
        var pieces = new List<SnippetPiece>();
        var start = 0;
        var inMatch = false;
        for (var i = 0; i <= marked.Length; i++)
        {
            var atMarker = i < marked.Length && (marked[i] == MatchStart || marked[i] == MatchEnd);
            if (!atMarker && i < marked.Length) continue;
            if (i > start) pieces.Add(new SnippetPiece(marked[start..i], inMatch));
            if (i < marked.Length) inMatch = marked[i] == MatchStart;
            start = i + 1;
        }
        return new SearchSnippet(pieces);
    }
}
