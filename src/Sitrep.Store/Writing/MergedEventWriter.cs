using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Writing;

/// <summary>Writes merged events with their codes, mentions and outlets, through prepared inserts.</summary>
internal sealed class MergedEventWriter : IDisposable
{
    private const string ActorRole = "actor";
    private const string RecipientRole = "recipient";

    private readonly InsertCommand _event;
    private readonly InsertCommand _code;
    private readonly InsertCommand _member;
    private readonly InsertCommand _outlet;

    public MergedEventWriter(SqliteConnection connection)
    {
        _event = new(connection, "merged_events",
            "id", "position", "type", "date", "date_earliest", "date_latest", "corroboration", "single_outlet", "hedged");
        _code = new(connection, "merged_event_codes", "merged_id", "role", "position", "code");
        _member = new(connection, "merged_event_members", "merged_id", "position", "event_id");
        _outlet = new(connection, "merged_event_outlets", "merged_id", "position", "outlet");
    }

    public void Write(MergedEvent e, int position, SqliteTransaction transaction)
    {
        _event.Execute(transaction, e.Id, position, e.Type.ToString(), e.Date?.ToString(),
            StoredValues.Earliest(e.Date), StoredValues.Latest(e.Date), e.Corroboration, StoredValues.Flag(e.SingleOutlet),
            StoredValues.Flag(e.Hedged));
        for (var i = 0; i < e.Actors.Count; i++) _code.Execute(transaction, e.Id, ActorRole, i, e.Actors[i]);
        for (var i = 0; i < e.Recipients.Count; i++) _code.Execute(transaction, e.Id, RecipientRole, i, e.Recipients[i]);
        for (var i = 0; i < e.EventIds.Count; i++) _member.Execute(transaction, e.Id, i, e.EventIds[i]);
        for (var i = 0; i < e.Outlets.Count; i++) _outlet.Execute(transaction, e.Id, i, e.Outlets[i]);
    }

    public void Dispose()
    {
        _event.Dispose();
        _code.Dispose();
        _member.Dispose();
        _outlet.Dispose();
    }
}
