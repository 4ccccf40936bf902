using System.Text;
using System.Text.Json;
using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>Records and passes of one category of a validation suite.</summary>
public readonly record struct PetrarchTally(int Records, int Passed)
{
    public double PassRate => Records == 0 ? 0 : (double)Passed / Records;
}

/// <summary>The outcome of a validation run: per record, per category, overall, and what loading the dictionaries reported.</summary>
public sealed record PetrarchValidation(
    PetrarchSuite Suite,
    IReadOnlyList<PetrarchRecordResult> Results,
    IReadOnlyList<DataFileError> LoadErrors,
    IReadOnlyList<string> LoadNotes)
{
    /// <summary>Were codes PLOVER has no type for left uncoded (`--plover-only`) rather than emitted as PETRARCH2 does?</summary>
    public bool PloverOnly { get; init; }

    public PetrarchTally Total => new(Results.Count, Results.Count(r => r.Passed));

    public IReadOnlyDictionary<string, PetrarchTally> ByCategory =>
        Results.GroupBy(r => r.Record.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PetrarchTally(g.Count(), g.Count(r => r.Passed)));

    /// <summary>Failed records, the furthest off first (most triples missing or extra), file order on ties.</summary>
    public IReadOnlyList<PetrarchRecordResult> Worst(int count) =>
        [.. Results.Select((r, i) => (r, i)).Where(x => !x.r.Passed)
            .OrderByDescending(x => x.r.Missing.Count + x.r.Extra.Count).ThenBy(x => x.i)
            .Take(Math.Max(0, count)).Select(x => x.r)];

    /// <summary>{"mode":"all_codes"|"plover_only","records":N,"passed":N,"pass_rate":x,"by_category":{"DEMO":{"records":N,"passed":N,"pass_rate":x},…}}</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("mode", PloverOnly ? "plover_only" : "all_codes");
            Write(w, Total);
            w.WriteStartObject("by_category");
            foreach (var (category, tally) in ByCategory)
            {
                w.WriteStartObject(category);
                Write(w, tally);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, PetrarchTally t)
    {
        w.WriteNumber("records", t.Records);
        w.WriteNumber("passed", t.Passed);
        w.WriteNumber("pass_rate", Math.Round(t.PassRate, 4));
    }
}
