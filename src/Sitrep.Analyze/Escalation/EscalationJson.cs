using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Analyze;

/// <summary>
/// Writes the escalation sections of docs/OUTPUT.md: "escalation", "alerts" and "obligations" arrays (inside the
/// analyze report), or a whole object with the conflicts as well (sitrep escalation --json).
/// </summary>
public static class EscalationJson
{
    public static void Write(EscalationReport report, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("asOf", report.AsOf is { } d ? Iso(d) : null);
        w.WriteStartArray("conflicts");
        foreach (var c in report.Conflicts) Conflict(w, c);
        w.WriteEndArray();
        WriteSections(report, w);
        w.WriteEndObject();
    }

    /// <summary>The three arrays, written into an object the caller has open.</summary>
    public static void WriteSections(EscalationReport report, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartArray("escalation");
        foreach (var l in report.Ladders) Ladder(w, l);
        w.WriteEndArray();
        w.WriteStartArray("alerts");
        foreach (var a in report.Alerts) Alert(w, a);
        w.WriteEndArray();
        w.WriteStartArray("obligations");
        foreach (var o in report.Obligations) Obligation(w, o);
        w.WriteEndArray();
    }

    private static void Conflict(Utf8JsonWriter w, Conflict c)
    {
        w.WriteStartObject();
        Strings(w, "parties", [c.First, c.Second]);
        w.WriteString("since", c.Start.ToString());
        w.WriteNumber("sources", c.Sources);
        w.WriteString("joined", c.Joined);
        w.WriteString("beside", c.Beside);
        Strings(w, "evidence", c.Evidence);
        w.WriteEndObject();
    }

    private static void Ladder(Utf8JsonWriter w, Ladder l)
    {
        w.WriteStartObject();
        w.WriteString("supporter", l.Supporter);
        w.WriteString("supported", l.Supported);
        w.WriteString("opponent", l.Opponent);
        w.WriteString("rung", l.Rung?.Name());
        w.WriteStartArray("history");
        foreach (var h in l.History) Step(w, h.Rung, h.Date, h.Sources, h.Evidence);
        w.WriteEndArray();
        w.WriteStartArray("possibilities");
        foreach (var p in l.Possibilities) Step(w, p.Rung, p.Date, p.Sources, p.Evidence);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Step(Utf8JsonWriter w, Rung rung, Sitrep.Domain.PartialDate date, int sources, IReadOnlyList<string> evidence)
    {
        w.WriteStartObject();
        w.WriteString("rung", rung.Name());
        w.WriteString("date", date.ToString());
        w.WriteNumber("sources", sources);
        Strings(w, "evidence", evidence);
        w.WriteEndObject();
    }

    private static void Alert(Utf8JsonWriter w, EscalationAlert a)
    {
        w.WriteStartObject();
        w.WriteString("date", a.Date.ToString());
        w.WriteString("supporter", a.Supporter);
        w.WriteString("supported", a.Supported);
        w.WriteString("opponent", a.Opponent);
        w.WriteString("from", a.From?.Name());
        w.WriteString("to", a.To.Name());
        Strings(w, "evidence", a.Evidence);
        w.WriteEndObject();
    }

    private static void Obligation(Utf8JsonWriter w, TreatyObligation o)
    {
        w.WriteStartObject();
        w.WriteString("treaty", o.Treaty.Id);
        w.WriteString("name", o.Treaty.Name);
        Strings(w, "parties", o.Parties);
        Strings(w, "involved", o.Involved);
        w.WriteString("obligation", o.Obligation.Name());
        w.WriteString("article", o.Treaty.Article);
        w.WriteString("since", Iso(o.Since));
        w.WriteString("status", o.Pending ? "signed" : "in-force");
        w.WriteString("signed", Iso(o.Treaty.Signed));
        w.WriteString("source", o.Source == TreatyOrigin.Reported ? "reported" : "reference");
        Strings(w, "evidence", o.Treaty.Evidence);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
