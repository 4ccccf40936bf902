namespace Sitrep.Store.Schema;

/// <summary>
/// Schema version 3: merged events, one row per event however many documents report it, with its actor and recipient
/// codes, the coded events that mention it and the outlets that report it. Like the other reconciliation tables these
/// are derived data, replaced wholesale by each run, and hold event ids without foreign keys. corroboration and
/// single_outlet repeat what the outlet rows say, so SQL can filter on them without a join.
/// </summary>
internal static class MergedEventsSchema
{
    public const string Sql = """
        CREATE TABLE merged_events (
            id TEXT NOT NULL PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE,
            type TEXT NOT NULL,
            date TEXT,
            date_earliest TEXT,
            date_latest TEXT,
            corroboration INTEGER NOT NULL,
            single_outlet INTEGER NOT NULL,
            hedged INTEGER NOT NULL,
            CHECK (single_outlet IN (0, 1) AND hedged IN (0, 1)),
            CHECK ((date IS NULL) = (date_earliest IS NULL) AND (date IS NULL) = (date_latest IS NULL))
        );
        CREATE INDEX ix_merged_events_date ON merged_events (date_earliest, type);

        CREATE TABLE merged_event_codes (
            merged_id TEXT NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (merged_id, role, position),
            CHECK (role IN ('actor', 'recipient'))
        );
        CREATE INDEX ix_merged_event_codes_code ON merged_event_codes (code, role);

        CREATE TABLE merged_event_members (
            merged_id TEXT NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (merged_id, position)
        );
        CREATE INDEX ix_merged_event_members_event ON merged_event_members (event_id);

        CREATE TABLE merged_event_outlets (
            merged_id TEXT NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            outlet TEXT NOT NULL,
            PRIMARY KEY (merged_id, position)
        );
        """;
}
