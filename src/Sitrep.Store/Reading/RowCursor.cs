using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>
/// Reads the columns of the current row left to right, so a mapping reads in the same order as its SELECT list
/// instead of juggling ordinals. A struct over the reader: no allocation per row.
/// </summary>
internal struct RowCursor(SqliteDataReader reader, string table)
{
    /// <summary>The columns <see cref="Mention"/> reads, in order; shared by the mentions and event_actors tables.</summary>
    public const string MentionColumns = "document_id, sentence_index, span_start, span_end, text, code, sector, entity, kind";

    private int _next;

    public string Text() => reader.GetString(_next++);

    public string? OptionalText()
    {
        var i = _next++;
        return reader.IsDBNull(i) ? null : reader.GetString(i);
    }

    public int Number() => reader.GetInt32(_next++);

    public int? OptionalNumber()
    {
        var i = _next++;
        return reader.IsDBNull(i) ? null : reader.GetInt32(i);
    }

    public double Real() => reader.GetDouble(_next++);

    public double? OptionalReal()
    {
        var i = _next++;
        return reader.IsDBNull(i) ? null : reader.GetDouble(i);
    }

    public bool Flag() => reader.GetInt64(_next++) != 0;

    public T Enum<T>()
        where T : struct, Enum
    {
        var i = _next++;
        var text = reader.GetString(i);
        return StoredValues.TryParseEnum<T>(text, out var value) ? value : throw Corrupt(i, text, $"a {typeof(T).Name} name");
    }

    public PartialDate? OptionalDate()
    {
        var i = _next++;
        if (reader.IsDBNull(i)) return null;
        var text = reader.GetString(i);
        return PartialDate.TryParse(text, out var date) ? date : throw Corrupt(i, text, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    public DateTimeOffset? OptionalInstant()
    {
        var i = _next++;
        if (reader.IsDBNull(i)) return null;
        var text = reader.GetString(i);
        return StoredValues.TryParseInstant(text, out var value) ? value : throw Corrupt(i, text, "an ISO 8601 timestamp");
    }

    public TextSpan Span() => new(Number(), Number());

    /// <summary>document_id, sentence_index, span_start, span_end.</summary>
    public Provenance Provenance() => new(Text(), Number(), Span());

    /// <summary>code, sector, entity.</summary>
    public ActorCode Actor() => new(Text(), OptionalText(), OptionalText());

    /// <summary>code, sector, entity; null when the code is null.</summary>
    public ActorCode? OptionalActor()
    {
        var code = OptionalText();
        var sector = OptionalText();
        var entity = OptionalText();
        return code is null ? null : new ActorCode(code, sector, entity);
    }

    /// <summary>text, start, end, code, sector, entity; null when the text is null.</summary>
    public Attribution? Attribution()
    {
        var text = OptionalText();
        var start = OptionalNumber();
        var end = OptionalNumber();
        var actor = OptionalActor();
        return text is null || start is null || end is null ? null : new Attribution(text, new TextSpan(start.Value, end.Value), actor);
    }

    /// <summary>Provenance, text, actor code, kind: the column order of <see cref="MentionColumns"/>.</summary>
    public ActorMention Mention() => new()
    {
        At = Provenance(),
        Text = Text(),
        Actor = Actor(),
        Kind = Enum<MentionKind>(),
    };

    private readonly StoreException Corrupt(int column, string text, string expected) =>
        StoredValues.Corrupt($"{table}.{reader.GetName(column)}", text, expected);
}
