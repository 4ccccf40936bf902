namespace Sitrep.Store.Schema;

/// <summary>
/// The schema history, oldest first. Steps are append-only: a released step is never edited, a change to the
/// schema is a new step, so every database can be brought forward from whatever version it was written at.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial schema", InitialSchema.Sql),
        new(2, "reconciled measures, places, members and series", MeasuresSchema.Sql),
        new(3, "merged events", MergedEventsSchema.Sql),
        new(4, "full-text search over sentences and browsing indexes", BrowsingSchema.Sql),
        new(5, "browsing indexes for the actor-recipient join, day counts and the document list", BrowsingIndexesSchema.Sql),
    ];

    public static int Latest => All[^1].Version;
}
