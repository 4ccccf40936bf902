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
                // The page's rowids first, ordered by rank: a sorter holds whole result rows, so asking for snippets
                // here would build one for every match, not just the page's.
                command.CommandText = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH $q ORDER BY rank LIMIT $limit OFFSET $offset";
                AddPaging(command, page);
                var rowids = new List<long>(page.PageSize);
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read()) rowids.Add(reader.GetInt64(0));
                }
                var hits = new List<SearchHit>(rowids.Count);
                if (rowids.Count == 0) return new Page<SearchHit>(total, page.Page, page.PageSize, hits);
                using var details = connection.CreateCommand();
                details.Parameters.AddWithValue("$q", query);
                var names = new string[rowids.Count];
                for (var i = 0; i < rowids.Count; i++)
                {
                    names[i] = "$r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    details.Parameters.AddWithValue(names[i], rowids[i]);
                }
                details.CommandText = $"""
                    SELECT sentences_fts.rowid, s.document_id, s.sentence_index, d.title, d.outlet, d.published,
                           snippet(sentences_fts, 0, char(2), char(3), '…', 32)
                    FROM sentences_fts
                    JOIN sentences s ON s.id = sentences_fts.rowid
                    JOIN documents d ON d.id = s.document_id
                    WHERE sentences_fts MATCH $q AND sentences_fts.rowid IN ({string.Join(", ", names)})
                    """;
                var byRow = new Dictionary<long, SearchHit>(rowids.Count);
                using (var reader = details.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var row = new RowCursor(reader, "sentences");
                        var rowid = reader.GetInt64(0);
                        row.Number();
                        byRow[rowid] = new SearchHit(row.Text(), row.Number(), row.OptionalText(), row.OptionalText(), row.OptionalText(), Snippet(row.Text()));
                    }
                }
                foreach (var rowid in rowids)
                    if (byRow.TryGetValue(rowid, out var hit)) hits.Add(hit);
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
