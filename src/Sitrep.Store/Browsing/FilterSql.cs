using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Browsing;

/// <summary>
/// Turns an <see cref="EventFilter"/> into a WHERE clause over events (alias <c>e</c>, joined documents <c>d</c>)
/// with every value bound as a parameter: filter text never becomes SQL.
/// </summary>
internal static class FilterSql
{
    /// <summary>Conditions for events; empty string when the filter is empty, else " WHERE …".</summary>
    public static string Events(EventFilter filter, SqliteCommand command)
    {
        var where = new StringBuilder();
        Participant(where, command, filter.Actor, "actor");
        Participant(where, command, filter.Recipient, "recipient");
        if (filter.Type is { } type) And(where, command, "e.type = $type", "$type", type.ToString());
        Common(where, command, filter, "e");
        return where.Length == 0 ? "" : " WHERE " + where;
    }

    /// <summary>
    /// Conditions for claims (alias <c>c</c>, documents <c>d</c>): the actor filter applies to whose figure it is;
    /// recipient and type do not apply to claims and are ignored.
    /// </summary>
    public static string Claims(EventFilter filter, SqliteCommand command)
    {
        var where = new StringBuilder();
        if (filter.Actor is { } actor)
        {
            And(where, command, "c.actor_code = $actor", "$actor", actor.Code);
            if (actor.Sector is not null) And(where, command, "c.actor_sector = $actorSector", "$actorSector", actor.Sector);
        }
        Common(where, command, filter, "c");
        return where.Length == 0 ? "" : " WHERE " + where;
    }

    /// <summary>Outlet, dates, hedging and document: columns events and claims share.</summary>
    private static void Common(StringBuilder where, SqliteCommand command, EventFilter filter, string alias)
    {
        if (filter.Outlet is { } outlet) And(where, command, "d.outlet = $outlet", "$outlet", outlet);
        // Overlap: a date of month or year precision is kept when any day it can denote is in range.
        if (filter.From is { } from) And(where, command, $"{alias}.date_latest >= $from", "$from", Day(from));
        if (filter.To is { } to) And(where, command, $"{alias}.date_earliest <= $to", "$to", Day(to));
        switch (filter.Hedged)
        {
            case HedgedFilter.Exclude: And(where, $"{alias}.hedged = 0"); break;
            case HedgedFilter.Only: And(where, $"{alias}.hedged = 1"); break;
        }
        if (filter.Document is { } document) And(where, command, $"{alias}.document_id = $document", "$document", document);
    }

    private static void Participant(StringBuilder where, SqliteCommand command, ActorFilter? who, string role)
    {
        if (who is null) return;
        var code = "$" + role;
        var sector = who.Sector is null ? "" : $" AND ea.sector = {code}Sector";
        // IN (list) rather than a correlated EXISTS: SQLite reads the code's events once from ix_event_actors_code and
        // looks events up by id, instead of probing event_actors for every event it scans.
        And(where, $"e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.code = {code} AND ea.role = '{role}'{sector})");
        command.Parameters.AddWithValue(code, who.Code);
        if (who.Sector is not null) command.Parameters.AddWithValue(code + "Sector", who.Sector);
    }

    private static void And(StringBuilder where, SqliteCommand command, string condition, string name, object value)
    {
        And(where, condition);
        command.Parameters.AddWithValue(name, value);
    }

    private static void And(StringBuilder where, string condition)
    {
        if (where.Length > 0) where.Append(" AND ");
        where.Append(condition);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
