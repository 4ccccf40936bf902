using System.Globalization;
using System.Xml.Linq;

namespace Sitrep.Coding.Petrarch;

/// <summary>A (source, target, CAMEO event) triple as PETRARCH writes it: "ARNGOV GON 064"; "---" for a missing actor.</summary>
public readonly record struct CameoTriple(string Source, string Target, string Code)
{
    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>
/// One validation record: its id and category, the sentence date, the text, and what PETRARCH should code:
/// triples, or nothing (noevents="True", or an error such as a discard or a dateline). RequireDyad is the
/// require_dyad option in force for the record (PETRARCH's default: true).
/// </summary>
public sealed record PetrarchRecord(
    string Id,
    string Category,
    DateOnly? Date,
    string Text,
    IReadOnlyList<CameoTriple> Expected,
    string? ExpectedError,
    bool RequireDyad);

/// <summary>
/// A PETRARCH validation file (PETR.UnitTest.records.xml and the like): the dictionaries its &lt;Environment&gt;
/// names, resolved next to the file, and its records. &lt;Config&gt; elements apply, in document order, to the
/// records after them; options Sitrep cannot honour are listed in <see cref="UnusedOptions"/>.
/// </summary>
public sealed record PetrarchSuite(
    string Path,
    IReadOnlyList<string> VerbFiles,
    IReadOnlyList<string> ActorFiles,
    IReadOnlyList<string> AgentFiles,
    IReadOnlyList<string> DiscardFiles,
    IReadOnlyList<PetrarchRecord> Records,
    IReadOnlySet<string> UnusedOptions)
{
    public IEnumerable<string> DictionaryFiles => VerbFiles.Concat(ActorFiles).Concat(AgentFiles).Concat(DiscardFiles);

    public static PetrarchSuite Read(string path)
    {
        var doc = XDocument.Load(path);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var env = doc.Root?.Element("Environment");
        IReadOnlyList<string> Files(string element) =>
        [
            .. (env?.Elements(element) ?? []).SelectMany(e => e.Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(f => System.IO.Path.Combine(folder, f)),
        ];
        var records = new List<PetrarchRecord>();
        var unused = new SortedSet<string>(StringComparer.Ordinal);
        var requireDyad = true;
        foreach (var e in doc.Descendants())
        {
            if (e.Name == "Config")
            {
                var option = (string?)e.Attribute("option") ?? "";
                var value = ((string?)e.Attribute("value") ?? "").Trim();
                if (option == "require_dyad" && bool.TryParse(value, out var b)) requireDyad = b;
                else if (option != "stop_on_error") unused.Add(option);
            }
            else if (e.Name == "Sentence")
            {
                records.Add(ReadRecord(e, requireDyad));
            }
        }
        return new PetrarchSuite(path, Files("Verbfile"), Files("Actorfile"), Files("Agentfile"), Files("Discardfile"), records, unused);
    }

    private static PetrarchRecord ReadRecord(XElement e, bool requireDyad)
    {
        var id = (string?)e.Attribute("id") ?? "";
        var category = (string?)e.Attribute("category") is { Length: > 0 } c ? c : id.Split('-')[0];
        DateOnly? date = DateOnly.TryParseExact((string?)e.Attribute("date") ?? "", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var text = string.Join(' ', (e.Element("Text")?.Value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var expected = new List<CameoTriple>();
        string? error = null;
        foreach (var coding in e.Elements("EventCoding"))
        {
            if ((string?)coding.Attribute("error") is { } err) { error = err; continue; }
            if ((string?)coding.Attribute("noevents") is not null) continue;
            var (s, t, code) = ((string?)coding.Attribute("sourcecode"), (string?)coding.Attribute("targetcode"), (string?)coding.Attribute("eventcode"));
            if (s is null || t is null || code is null) continue;
            var triple = new CameoTriple(s.Trim(), t.Trim(), code.Trim());
            if (!expected.Contains(triple)) expected.Add(triple);
        }
        return new PetrarchRecord(id, category, date, text, expected, error, requireDyad);
    }
}
