using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Writing;

/// <summary>
/// Writes one <see cref="DocumentAnalysis"/> into the document tables through prepared inserts. The caller owns
/// the transaction, so a failure on any row leaves no rows of the document behind.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private const string ActorRole = "actor";
    private const string RecipientRole = "recipient";

    private readonly InsertCommand _document;
    private readonly InsertCommand _caption;
    private readonly InsertCommand _sentence;
    private readonly InsertCommand _mention;
    private readonly InsertCommand _event;
    private readonly InsertCommand _eventActor;
    private readonly InsertCommand _claim;

    public DocumentWriter(SqliteConnection connection)
    {
        _document = new(connection, "documents",
            "id", "path", "title", "outlet", "author", "url", "published", "published_utc", "format", "text",
            "coding_version", "ingested_at");
        _caption = new(connection, "document_captions", "document_id", "position", "span_start", "span_end");
        _sentence = new(connection, "sentences",
            "document_id", "sentence_index", "span_start", "span_end", "kind", "text");
        _mention = new(connection, "mentions",
            "document_id", "position", "sentence_index", "span_start", "span_end", "text", "code", "sector", "entity", "kind");
        _event = new(connection, "events",
            "id", "document_id", "position", "sentence_index", "span_start", "span_end", "text", "type", "mode", "context",
            "cameo", "date", "date_earliest", "date_latest", "negated", "hedged",
            "attribution_text", "attribution_start", "attribution_end", "attribution_code", "attribution_sector", "attribution_entity",
            "trigger_text", "pattern");
        _eventActor = new(connection, "event_actors",
            "event_id", "role", "position", "document_id", "sentence_index", "span_start", "span_end", "text", "code",
            "sector", "entity", "kind");
        _claim = new(connection, "claims",
            "id", "document_id", "position", "sentence_index", "span_start", "span_end", "text", "subject",
            "actor_code", "actor_sector", "actor_entity", "value", "low", "high", "unit", "qualifier",
            "attribution_text", "attribution_start", "attribution_end", "attribution_code", "attribution_sector", "attribution_entity",
            "date", "date_earliest", "date_latest", "hedged");
    }

    public void Write(DocumentAnalysis analysis, string codingVersion, DateTimeOffset ingestedAt, SqliteTransaction transaction)
    {
        var document = analysis.Document;
        WriteDocument(document, codingVersion, ingestedAt, transaction);
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var s = analysis.Sentences[i];
            _sentence.Execute(transaction, document.Id, s.Index, s.Span.Start, s.Span.End, s.Kind.ToString(), s.TextOf(document));
        }
        for (var i = 0; i < analysis.Mentions.Count; i++)
        {
            var m = analysis.Mentions[i];
            _mention.Execute(transaction, document.Id, i, m.At.Sentence, m.At.Span.Start, m.At.Span.End, m.Text,
                m.Actor.Code, m.Actor.Sector, m.Actor.Entity, m.Kind.ToString());
        }
        for (var i = 0; i < analysis.Events.Count; i++)
            WriteEvent(analysis.Events[i], i, transaction);
        for (var i = 0; i < analysis.Claims.Count; i++)
            WriteClaim(analysis.Claims[i], i, transaction);
    }

    private void WriteDocument(Document d, string codingVersion, DateTimeOffset ingestedAt, SqliteTransaction transaction)
    {
        _document.Execute(transaction, d.Id, d.Path, d.Title, d.Outlet, d.Author, d.Url,
            d.Published is { } published ? StoredValues.Instant(published) : null,
            d.Published is { } publishedUtc ? StoredValues.UtcInstant(publishedUtc) : null,
            d.Format.ToString(), d.Text, codingVersion, StoredValues.Instant(ingestedAt));
        for (var i = 0; i < d.Captions.Count; i++)
            _caption.Execute(transaction, d.Id, i, d.Captions[i].Start, d.Captions[i].End);
    }

    private void WriteEvent(CodedEvent e, int position, SqliteTransaction transaction)
    {
        var a = e.Attribution;
        _event.Execute(transaction, e.Id, e.At.DocumentId, position, e.At.Sentence, e.At.Span.Start, e.At.Span.End, e.Text,
            e.Type.ToString(), e.Mode, e.Context, e.Cameo,
            e.Date?.ToString(), StoredValues.Earliest(e.Date), StoredValues.Latest(e.Date),
            StoredValues.Flag(e.Negated), StoredValues.Flag(e.Hedged),
            a?.Text, a?.Span.Start, a?.Span.End, a?.Actor?.Code, a?.Actor?.Sector, a?.Actor?.Entity,
            e.Trigger, e.Pattern);
        WriteParticipants(e.Id, ActorRole, e.Actors, transaction);
        WriteParticipants(e.Id, RecipientRole, e.Recipients, transaction);
    }

    private void WriteParticipants(string eventId, string role, IReadOnlyList<ActorMention> mentions, SqliteTransaction transaction)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            _eventActor.Execute(transaction, eventId, role, i, m.At.DocumentId, m.At.Sentence, m.At.Span.Start, m.At.Span.End,
                m.Text, m.Actor.Code, m.Actor.Sector, m.Actor.Entity, m.Kind.ToString());
        }
    }

    private void WriteClaim(Claim c, int position, SqliteTransaction transaction)
    {
        var a = c.Attribution;
        _claim.Execute(transaction, c.Id, c.At.DocumentId, position, c.At.Sentence, c.At.Span.Start, c.At.Span.End, c.Text,
            c.Subject, c.Actor?.Code, c.Actor?.Sector, c.Actor?.Entity, c.Value, c.Low, c.High, c.Unit, c.Qualifier,
            a?.Text, a?.Span.Start, a?.Span.End, a?.Actor?.Code, a?.Actor?.Sector, a?.Actor?.Entity,
            c.Date?.ToString(), StoredValues.Earliest(c.Date), StoredValues.Latest(c.Date), StoredValues.Flag(c.Hedged));
    }

    public void Dispose()
    {
        _document.Dispose();
        _caption.Dispose();
        _sentence.Dispose();
        _mention.Dispose();
        _event.Dispose();
        _eventActor.Dispose();
        _claim.Dispose();
    }
}
