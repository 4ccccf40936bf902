using System.Globalization;
using System.Text.Json;
using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads a PLOVER gold-standard JSON Lines file. A line that cannot be used becomes a
/// <see cref="DataFileError"/> naming file and line; the rest of the file still loads.
/// </summary>
public static class GoldReader
{
    public static (IReadOnlyList<GoldRecord> Records, IReadOnlyList<DataFileError> Errors) Read(string path)
    {
        var records = new List<GoldRecord>();
        var errors = new List<DataFileError>();
        if (!File.Exists(path))
        {
            errors.Add(new DataFileError(path, 0, "no such file"));
            return (records, errors);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (record, error) = ParseLine(line);
            if (record is null)
                errors.Add(new DataFileError(path, lineNumber, error!));
            else if (!ids.Add(record.Id))
                errors.Add(new DataFileError(path, lineNumber, $"duplicate id '{record.Id}' (first one kept)"));
            else
                records.Add(record);
        }
        return (records, errors);
    }

    /// <summary>One line to a record, or the reason it cannot be one.</summary>
    public static (GoldRecord? Record, string? Error) ParseLine(string line)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return (null, "not valid JSON: " + e.Message); }
        using (json)
        {
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object) return (null, "not a JSON object");
            var id = Text(o, "id");
            if (id is null) return (null, "no 'id'");
            var text = Text(o, "text");
            if (text is null) return (null, $"{id}: no 'text'");
            var eventName = Text(o, "event");
            if (!GoldEventNames.TryParse(eventName, out var type, out var impliedMode))
                return (null, $"{id}: unknown event type '{eventName}'");
            var dateText = Text(o, "date");
            if (!TryParseDate(dateText, out var date)) return (null, $"{id}: 'date' is not YYYY-MM-DD: '{dateText}'");
            var (source, sourceError) = Actors(o, "source");
            if (sourceError is not null) return (null, $"{id}: {sourceError}");
            var (target, targetError) = Actors(o, "target");
            if (targetError is not null) return (null, $"{id}: {targetError}");
            var mode = GoldModeNames.ToManual(type, Text(o, "mode") ?? impliedMode);
            return (new GoldRecord(id, date, source, target, type, mode, Text(o, "context"), text), null);
        }
    }

    private static bool TryParseDate(string? s, out DateOnly date)
    {
        date = default;
        if (s is null || s.Length < 10) return false;
        // Some gold sets carry a time after the date; the day is what the coder needs.
        return DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>A trimmed, non-empty string property, else null.</summary>
    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;

    /// <summary>
    /// An actor list. The gold files leave it out, or put a bare string ("", "diplomatic") where no actor was coded:
    /// both mean no actors.
    /// </summary>
    private static (IReadOnlyList<GoldActor> Actors, string? Error) Actors(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var list) || list.ValueKind is JsonValueKind.String or JsonValueKind.Null) return ([], null);
        if (list.ValueKind != JsonValueKind.Array) return ([], $"'{name}' is neither a list nor a string");
        var actors = new List<GoldActor>();
        var i = 0;
        foreach (var a in list.EnumerateArray())
        {
            if (a.ValueKind != JsonValueKind.Object) return ([], $"'{name}[{i}]' is not an object");
            var code = Text(a, "code");
            if (code is null) return ([], $"'{name}[{i}]' has no code");
            actors.Add(new GoldActor(Text(a, "actorText") ?? "", code.ToUpperInvariant(), Text(a, "sector")));
            i++;
        }
        return (actors, null);
    }
}
