using System.Globalization;
using System.Reflection;
using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// The PLOVER manual's conflict–cooperation score of an event, from plover-scores.txt (embedded; format in its
/// header): the score of the event's mode when the table has one, else its type's score. Immutable once read.
/// </summary>
public sealed class PloverScores
{
    public const double Min = -10;
    public const double Max = 10;

    private const string ResourceName = "Sitrep.Analyze.Scores.plover-scores.txt";
    private static readonly Lazy<PloverScores> BuiltIn = new(ReadBuiltIn);

    private readonly Dictionary<EventType, double> _byType;
    private readonly Dictionary<(EventType, string), double> _byMode;

    private PloverScores(Dictionary<EventType, double> byType, Dictionary<(EventType, string), double> byMode, IReadOnlyList<DataFileError> errors)
    {
        _byType = byType;
        _byMode = byMode;
        Errors = errors;
    }

    /// <summary>Problems found while reading, each with file and line; those lines are skipped.</summary>
    public IReadOnlyList<DataFileError> Errors { get; }

    /// <summary>The table shipped with Sitrep (read once, shared).</summary>
    public static PloverScores LoadBuiltIn() => BuiltIn.Value;

    /// <summary>The event type's score with this mode (any case); the type's own score when the mode has none.</summary>
    public double Score(EventType type, string? mode)
    {
        if (mode is not null && _byMode.TryGetValue((type, mode.Trim().ToLowerInvariant()), out var byMode)) return byMode;
        return _byType[type];
    }

    /// <summary>Reads a score table; <paramref name="file"/> names it in errors. Every type must end up with a score.</summary>
    public static PloverScores Parse(string file, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(lines);
        var byType = new Dictionary<EventType, double>();
        var byMode = new Dictionary<(EventType, string), double>();
        var errors = new List<DataFileError>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2)
            {
                errors.Add(new DataFileError(file, number, $"expected 'TYPE[:mode] score', got '{line}'"));
                continue;
            }
            var key = fields[0];
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            var typeName = colon < 0 ? key : key[..colon];
            var mode = colon < 0 ? null : key[(colon + 1)..].ToLowerInvariant();
            if (!EventTypes.TryParse(typeName, out var type) || char.IsDigit(typeName[0]))
            {
                errors.Add(new DataFileError(file, number, $"'{typeName}' is not a PLOVER event type"));
                continue;
            }
            if (mode is { Length: 0 })
            {
                errors.Add(new DataFileError(file, number, $"empty mode after '{typeName}:'"));
                continue;
            }
            if (!double.TryParse(fields[1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score)
                || score < Min || score > Max)
            {
                errors.Add(new DataFileError(file, number, $"score '{fields[1]}' is not a number from {Min} to {Max}"));
                continue;
            }
            var added = mode is null ? byType.TryAdd(type, score) : byMode.TryAdd((type, mode), score);
            if (!added) errors.Add(new DataFileError(file, number, $"'{key}' is scored twice; the first score is kept"));
        }
        foreach (var type in Enum.GetValues<EventType>())
        {
            if (byType.ContainsKey(type)) continue;
            errors.Add(new DataFileError(file, number, $"no score for {type.Name()}; it scores 0"));
            byType[type] = 0;
        }
        return new PloverScores(byType, byMode, errors);
    }

    private static PloverScores ReadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return Parse("plover-scores.txt", lines);
    }
}
