using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Browsing;

public sealed partial class StoreBrowser
{
    private const string ActorJoin = """
         JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'
         JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'
        """;

    /// <summary>Counts of everything, the first and last day any event can fall on, and the first and last publication day.</summary>
    public StoreOverview Overview() => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(DISTINCT outlet) FROM documents),
                   (SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM claims),
                   (SELECT COUNT(*) FROM reconciled_groups),
                   (SELECT MIN(date_earliest) FROM events), (SELECT MAX(date_latest) FROM events),
                   (SELECT MIN(published_utc) FROM documents), (SELECT MAX(published_utc) FROM documents)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreOverview(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8)[..10], reader.IsDBNull(9) ? null : reader.GetString(9)[..10]);
    });

    /// <summary>Events per PLOVER type (stored enum names), most first.</summary>
    public IReadOnlyList<TypeCount> TypeCounts(EventFilter filter) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT e.type, COUNT(*) FROM events e{DocumentJoin(filter)}{FilterSql.Events(filter, command)} GROUP BY e.type ORDER BY COUNT(*) DESC, e.type";
        using var reader = command.ExecuteReader();
        var rows = new List<TypeCount>();
        while (reader.Read()) rows.Add(new TypeCount(reader.GetString(0), reader.GetInt64(1)));
        return rows;
    });

    /// <summary>The actor → recipient code pairs with the most events (an event with two actors counts for both).</summary>
    public IReadOnlyList<DyadCount> TopDyads(EventFilter filter, int limit) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT a.code, r.code, COUNT(DISTINCT e.id) FROM events e{DocumentJoin(filter)}{ActorJoin}{FilterSql.Events(filter, command)}
            GROUP BY a.code, r.code HAVING a.code <> r.code ORDER BY COUNT(DISTINCT e.id) DESC, a.code, r.code LIMIT $top
            """;
        command.Parameters.AddWithValue("$top", limit);
        using var reader = command.ExecuteReader();
        var rows = new List<DyadCount>();
        while (reader.Read()) rows.Add(new DyadCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return rows;
    });

    /// <summary>Events per day, for events dated to the day (month- or year-precise dates have no day to count on).</summary>
    public IReadOnlyList<DayCount> DayCounts(EventFilter filter) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT e.date_earliest, COUNT(*) FROM events e{DocumentJoin(filter)}{DayOnly(FilterSql.Events(filter, command))} GROUP BY e.date_earliest ORDER BY e.date_earliest";
        using var reader = command.ExecuteReader();
        var rows = new List<DayCount>();
        while (reader.Read()) rows.Add(new DayCount(reader.GetString(0), reader.GetInt64(1)));
        return rows;
    });

    /// <summary>
    /// Events per day, type and mode among the filtered events (day-precise dates only): what a daily score series
    /// is computed from. Actor and recipient are the filter's codes ("*" when not filtered).
    /// </summary>
    public IReadOnlyList<TypedCount> DailyTypedCounts(EventFilter filter) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT e.date_earliest, e.type, e.mode, COUNT(*) FROM events e{DocumentJoin(filter)}{DayOnly(FilterSql.Events(filter, command))}
            GROUP BY e.date_earliest, e.type, e.mode ORDER BY e.date_earliest
            """;
        using var reader = command.ExecuteReader();
        var actor = filter.Actor?.ToString() ?? "*";
        var recipient = filter.Recipient?.ToString() ?? "*";
        var rows = new List<TypedCount>();
        while (reader.Read())
            rows.Add(new TypedCount(actor, recipient, reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
        return rows;
    });

    /// <summary>Events per actor code, recipient code, type and mode: the network's edges before scoring.</summary>
    public IReadOnlyList<TypedCount> DyadTypedCounts(EventFilter filter) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT a.code, r.code, e.type, e.mode, COUNT(DISTINCT e.id) FROM events e{DocumentJoin(filter)}{ActorJoin}{FilterSql.Events(filter, command)}
            GROUP BY a.code, r.code, e.type, e.mode HAVING a.code <> r.code
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<TypedCount>();
        while (reader.Read())
            rows.Add(new TypedCount(reader.GetString(0), reader.GetString(1), null, reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4)));
        return rows;
    });

    private static string DayOnly(string where) =>
        (where.Length == 0 ? " WHERE " : where + " AND ") + "e.date_earliest = e.date_latest";
}
