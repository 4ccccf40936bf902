namespace Sitrep.Store.Schema;

/// <summary>
/// Schema version 4, for the dashboard: a full-text index over sentence text and the indexes its paged queries use.
/// sentences_fts is an FTS5 external-content table: it stores only the index and reads text from sentences by rowid,
/// so sentence text is not kept twice. Triggers keep it in step with every insert and delete on sentences, including
/// the cascading deletes of a recoded document, so the save path needs no change; 'rebuild' backfills the sentences
/// already stored. FTS5 is SQLite's; a PostgreSQL port would use a tsvector column instead.
/// The timeline indexes lead with "date_earliest IS NULL" so the browsing order (undated last) is an index scan.
/// </summary>
internal static class BrowsingSchema
{
    public const string Sql = """
        CREATE VIRTUAL TABLE sentences_fts USING fts5 (
            text, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');

        CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER sentences_fts_update AFTER UPDATE ON sentences BEGIN
            INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
        END;

        CREATE INDEX ix_events_timeline ON events ((date_earliest IS NULL), date_earliest, date_latest, document_id, sentence_index, span_start, position);
        CREATE INDEX ix_events_day ON events (date_earliest, date_latest, type, mode);
        CREATE INDEX ix_claims_timeline ON claims ((date_earliest IS NULL), date_earliest, date_latest, document_id, sentence_index, span_start, position);
        CREATE INDEX ix_event_actors_role ON event_actors (role, code, sector, event_id);
        CREATE INDEX ix_reconciled_groups_status ON reconciled_groups (status, id);
        """;
}
