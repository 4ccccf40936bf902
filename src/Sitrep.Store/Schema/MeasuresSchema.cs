namespace Sitrep.Store.Schema;

/// <summary>
/// Schema version 2: reconciled groups say what they measure, whose figures they are and where (measure, actor, place),
/// and whether the figures form a series; each member row carries its source, figures, date, stated place and the
/// reason it is in the group; reconciled_points holds a series' figures per date. Columns are added, never changed,
/// so a version 1 file keeps its rows (with nulls in the new columns) until the next reconciliation replaces them.
/// </summary>
internal static class MeasuresSchema
{
    public const string Sql = """
        ALTER TABLE reconciled_groups ADD COLUMN measure TEXT;
        ALTER TABLE reconciled_groups ADD COLUMN actor TEXT;
        ALTER TABLE reconciled_groups ADD COLUMN place TEXT;
        ALTER TABLE reconciled_groups ADD COLUMN series INTEGER NOT NULL DEFAULT 0 CHECK (series IN (0, 1));
        CREATE INDEX ix_reconciled_groups_measure ON reconciled_groups (actor, measure, place);

        ALTER TABLE reconciled_members ADD COLUMN outlet TEXT;
        ALTER TABLE reconciled_members ADD COLUMN value DOUBLE PRECISION;
        ALTER TABLE reconciled_members ADD COLUMN low DOUBLE PRECISION;
        ALTER TABLE reconciled_members ADD COLUMN high DOUBLE PRECISION;
        ALTER TABLE reconciled_members ADD COLUMN qualifier TEXT;
        ALTER TABLE reconciled_members ADD COLUMN attribution TEXT;
        ALTER TABLE reconciled_members ADD COLUMN date TEXT;
        ALTER TABLE reconciled_members ADD COLUMN place TEXT;
        ALTER TABLE reconciled_members ADD COLUMN hedged INTEGER NOT NULL DEFAULT 0 CHECK (hedged IN (0, 1));
        ALTER TABLE reconciled_members ADD COLUMN reason TEXT NOT NULL DEFAULT '';

        CREATE TABLE reconciled_points (
            group_id INTEGER NOT NULL REFERENCES reconciled_groups (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            date TEXT NOT NULL,
            low DOUBLE PRECISION NOT NULL,
            high DOUBLE PRECISION,
            PRIMARY KEY (group_id, position)
        );
        """;
}
