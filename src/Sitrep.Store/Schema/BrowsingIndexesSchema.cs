namespace Sitrep.Store.Schema;

/// <summary>
/// Schema version 5: browsing indexes measured on 100,000 events. ix_event_actors_role (version 4) led with the role,
/// so SQLite chose it for the actor–recipient join and probed every recipient row for each event; without it the
/// join uses the primary key. ix_events_day now orders by day, type and mode, the GROUP BY of the daily counts.
/// ix_documents_list covers the document list's order and title search, so neither reads the large document rows.
/// </summary>
internal static class BrowsingIndexesSchema
{
    public const string Sql = """
        DROP INDEX IF EXISTS ix_event_actors_role;
        DROP INDEX IF EXISTS ix_events_day;
        CREATE INDEX ix_events_day ON events (date_earliest, type, mode, date_latest);
        CREATE INDEX IF NOT EXISTS ix_documents_list ON documents ((published_utc IS NULL), published_utc DESC, id, title, outlet, published, path);
        """;
}
