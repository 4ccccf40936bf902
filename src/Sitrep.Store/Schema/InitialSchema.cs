namespace Sitrep.Store.Schema;

/// <summary>
/// Schema version 1. Plain SQL that PostgreSQL also accepts: TEXT/INTEGER/DOUBLE PRECISION columns (the latter has
/// REAL affinity in SQLite and is float8 in PostgreSQL, where REAL would only be float4), no AUTOINCREMENT, and column
/// names that are not reserved words (span_start/span_end rather than start/end, trigger_text rather than trigger).
/// Dates are stored three ways: the ISO string at its precision (date), and the first and last day it can denote
/// (date_earliest, date_latest) for range filters and for ordering the way <c>PartialDate</c> compares; all three
/// are null when the text gave no date.
/// Enums are stored by name so that reordering an enum never changes what stored rows mean.
/// Every foreign-key child column leads an index, so cascading deletes and recoding stay index lookups.
/// The reconciliation tables hold claim and event ids without foreign keys: they are derived data, replaced
/// wholesale by each reconciliation run, and recoding one document must not silently edit a group.
/// </summary>
internal static class InitialSchema
{
    public const string Sql = """
        CREATE TABLE documents (
            id TEXT NOT NULL PRIMARY KEY,
            path TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            author TEXT,
            url TEXT,
            published TEXT,
            published_utc TEXT,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            coding_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            CHECK ((published IS NULL) = (published_utc IS NULL))
        );
        CREATE INDEX ix_documents_published ON documents (published_utc);
        CREATE INDEX ix_documents_outlet ON documents (outlet);

        CREATE TABLE document_captions (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            PRIMARY KEY (document_id, position),
            CHECK (span_start >= 0 AND span_end >= span_start)
        );

        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            sentence_index INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (document_id, sentence_index),
            CHECK (span_start >= 0 AND span_end >= span_start)
        );

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sentence_index INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            code TEXT NOT NULL,
            sector TEXT,
            entity TEXT,
            kind TEXT NOT NULL,
            UNIQUE (document_id, position),
            CHECK (span_start >= 0 AND span_end >= span_start)
        );
        CREATE INDEX ix_mentions_code ON mentions (code, sector);
        CREATE INDEX ix_mentions_sentence ON mentions (document_id, sentence_index);

        CREATE TABLE events (
            id TEXT NOT NULL PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sentence_index INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            context TEXT,
            cameo TEXT,
            date TEXT,
            date_earliest TEXT,
            date_latest TEXT,
            negated INTEGER NOT NULL,
            hedged INTEGER NOT NULL,
            attribution_text TEXT,
            attribution_start INTEGER,
            attribution_end INTEGER,
            attribution_code TEXT,
            attribution_sector TEXT,
            attribution_entity TEXT,
            trigger_text TEXT,
            pattern TEXT,
            UNIQUE (document_id, position),
            CHECK (span_start >= 0 AND span_end >= span_start),
            CHECK (negated IN (0, 1) AND hedged IN (0, 1)),
            CHECK ((date IS NULL) = (date_earliest IS NULL) AND (date IS NULL) = (date_latest IS NULL)),
            CHECK ((attribution_text IS NULL AND attribution_start IS NULL AND attribution_end IS NULL)
                OR (attribution_text IS NOT NULL AND attribution_start IS NOT NULL AND attribution_end >= attribution_start)),
            CHECK (attribution_code IS NOT NULL OR (attribution_sector IS NULL AND attribution_entity IS NULL))
        );
        CREATE INDEX ix_events_date ON events (date_earliest, date_latest, document_id, sentence_index, span_start, position);
        CREATE INDEX ix_events_type ON events (type, date_earliest);

        CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            document_id TEXT NOT NULL,
            sentence_index INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            code TEXT NOT NULL,
            sector TEXT,
            entity TEXT,
            kind TEXT NOT NULL,
            PRIMARY KEY (event_id, role, position),
            CHECK (role IN ('actor', 'recipient')),
            CHECK (span_start >= 0 AND span_end >= span_start)
        );
        CREATE INDEX ix_event_actors_code ON event_actors (code, role, event_id);

        CREATE TABLE claims (
            id TEXT NOT NULL PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sentence_index INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            subject TEXT NOT NULL,
            actor_code TEXT,
            actor_sector TEXT,
            actor_entity TEXT,
            value DOUBLE PRECISION,
            low DOUBLE PRECISION,
            high DOUBLE PRECISION,
            unit TEXT,
            qualifier TEXT,
            attribution_text TEXT,
            attribution_start INTEGER,
            attribution_end INTEGER,
            attribution_code TEXT,
            attribution_sector TEXT,
            attribution_entity TEXT,
            date TEXT,
            date_earliest TEXT,
            date_latest TEXT,
            hedged INTEGER NOT NULL,
            UNIQUE (document_id, position),
            CHECK (span_start >= 0 AND span_end >= span_start),
            CHECK (hedged IN (0, 1)),
            CHECK ((date IS NULL) = (date_earliest IS NULL) AND (date IS NULL) = (date_latest IS NULL)),
            CHECK (actor_code IS NOT NULL OR (actor_sector IS NULL AND actor_entity IS NULL)),
            CHECK ((attribution_text IS NULL AND attribution_start IS NULL AND attribution_end IS NULL)
                OR (attribution_text IS NOT NULL AND attribution_start IS NOT NULL AND attribution_end >= attribution_start)),
            CHECK (attribution_code IS NOT NULL OR (attribution_sector IS NULL AND attribution_entity IS NULL))
        );
        CREATE INDEX ix_claims_date ON claims (date_earliest, date_latest, document_id, sentence_index, span_start, position);
        CREATE INDEX ix_claims_subject ON claims (subject, date_earliest);
        CREATE INDEX ix_claims_actor ON claims (actor_code, subject);

        CREATE TABLE reconciled_groups (
            id INTEGER PRIMARY KEY,
            group_key TEXT NOT NULL,
            sources INTEGER NOT NULL,
            low DOUBLE PRECISION,
            high DOUBLE PRECISION,
            status TEXT NOT NULL
        );
        CREATE INDEX ix_reconciled_groups_key ON reconciled_groups (group_key);

        CREATE TABLE reconciled_members (
            group_id INTEGER NOT NULL REFERENCES reconciled_groups (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            claim_id TEXT NOT NULL,
            PRIMARY KEY (group_id, position)
        );
        CREATE INDEX ix_reconciled_members_claim ON reconciled_members (claim_id);

        CREATE TABLE corroboration (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL,
            document_count INTEGER NOT NULL,
            outlet_count INTEGER NOT NULL
        );
        CREATE INDEX ix_corroboration_event ON corroboration (event_id);

        CREATE TABLE corroboration_events (
            corroboration_id INTEGER NOT NULL REFERENCES corroboration (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (corroboration_id, position)
        );
        CREATE INDEX ix_corroboration_events_event ON corroboration_events (event_id);
        """;
}
