using System.Text.Json;
using Sitrep.Analyze;
using Sitrep.Domain;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Output;

/// <summary>
/// Writes the JSON contract of docs/OUTPUT.md. Written field by field with Utf8JsonWriter so the contract is
/// visible here and never changes by accident when a domain type gains a property.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(AnalysisReport report, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var d in report.Documents) Document(w, d);
        w.WriteEndArray();
        var corroboration = report.Corroboration.ToDictionary(c => c.EventId);
        w.WriteStartArray("events");
        foreach (var e in report.Events) Event(w, e, corroboration.GetValueOrDefault(e.Id));
        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var c in report.Claims) Claim(w, c);
        w.WriteEndArray();
        w.WriteStartArray("reconciled");
        foreach (var g in report.Reconciled) Group(w, g);
        w.WriteEndArray();
        w.WriteStartArray("corroboration");
        foreach (var c in report.Corroboration.Where(c => c.Documents > 0)) Corroboration(w, c);
        w.WriteEndArray();
        w.WriteStartArray("merged_events");
        foreach (var m in report.MergedEvents) MergedEvent(w, m);
        w.WriteEndArray();
        EscalationJson.WriteSections(new EscalationReport { Ladders = report.Escalation, Alerts = report.Alerts, Obligations = report.Obligations }, w);
        w.WriteEndObject();
    }

    public static void Document(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("path", d.Path);
        w.WriteString("title", d.Title);
        w.WriteString("outlet", d.Outlet);
        w.WriteString("author", d.Author);
        w.WriteString("published", d.Published?.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("url", d.Url);
        w.WriteEndObject();
    }

    public static void Event(Utf8JsonWriter w, CodedEvent e, Corroboration? corroboration = null)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        Provenance(w, e.At);
        w.WriteString("text", e.Text);
        w.WriteString("date", e.Date?.ToString());
        w.WriteString("event", e.Type.Name());
        w.WriteString("mode", e.Mode);
        w.WriteString("context", e.Context);
        w.WriteString("cameo", e.Cameo);
        Mentions(w, "actor", e.Actors);
        Mentions(w, "recipient", e.Recipients);
        w.WriteBoolean("negated", e.Negated);
        w.WriteBoolean("hedged", e.Hedged);
        Attribution(w, e.Attribution);
        w.WriteString("trigger", e.Trigger);
        if (corroboration is not null)
        {
            w.WriteNumber("corroboration", corroboration.Outlets);
        }
        w.WriteEndObject();
    }

    public static void Claim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        Provenance(w, c.At);
        w.WriteString("text", c.Text);
        w.WriteString("subject", c.Subject);
        if (c.Actor is null) w.WriteNull("actor");
        else
        {
            w.WriteStartObject("actor");
            w.WriteString("code", c.Actor.Code);
            w.WriteString("sector", c.Actor.Sector);
            w.WriteEndObject();
        }
        Number(w, "value", c.Value);
        Number(w, "low", c.Low);
        Number(w, "high", c.High);
        w.WriteString("unit", c.Unit);
        w.WriteString("qualifier", c.Qualifier);
        Attribution(w, c.Attribution);
        w.WriteString("date", c.Date?.ToString());
        w.WriteBoolean("hedged", c.Hedged);
        w.WriteEndObject();
    }

    private static void Group(Utf8JsonWriter w, ReconciledGroup g)
    {
        w.WriteStartObject();
        w.WriteString("key", g.Key);
        Strings(w, "claims", g.ClaimIds);
        w.WriteNumber("sources", g.Sources);
        Number(w, "low", g.Low);
        Number(w, "high", g.High);
        w.WriteString("status", StatusName(g.Status));
        w.WriteString("measure", g.Measure);
        w.WriteString("actor", g.Actor);
        w.WriteString("place", g.Place);
        w.WriteBoolean("series", g.Series);
        w.WriteStartArray("members");
        foreach (var m in g.Members)
        {
            w.WriteStartObject();
            w.WriteString("claim", m.ClaimId);
            w.WriteString("outlet", m.Outlet);
            Number(w, "value", m.Value);
            Number(w, "low", m.Low);
            Number(w, "high", m.High);
            w.WriteString("qualifier", m.Qualifier);
            w.WriteString("attribution", m.Attribution);
            w.WriteString("date", m.Date?.ToString());
            w.WriteString("place", m.Place);
            w.WriteBoolean("hedged", m.Hedged);
            w.WriteString("reason", m.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("points");
        foreach (var p in g.Points)
        {
            w.WriteStartObject();
            w.WriteString("date", p.Date.ToString());
            w.WriteNumber("low", p.Low);
            Number(w, "high", p.High);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void MergedEvent(Utf8JsonWriter w, MergedEvent m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("event", m.Type.Name());
        Strings(w, "actor", m.Actors);
        Strings(w, "recipient", m.Recipients);
        w.WriteString("date", m.Date?.ToString());
        Strings(w, "events", m.EventIds);
        Strings(w, "outlets", m.Outlets);
        w.WriteNumber("corroboration", m.Corroboration);
        w.WriteBoolean("single_outlet", m.SingleOutlet);
        w.WriteBoolean("hedged", m.Hedged);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Corroboration(Utf8JsonWriter w, Corroboration c)
    {
        w.WriteStartObject();
        w.WriteString("event", c.EventId);
        w.WriteNumber("documents", c.Documents);
        w.WriteNumber("outlets", c.Outlets);
        Strings(w, "events", c.EventIds);
        w.WriteEndObject();
    }

    public static string StatusName(ReconcileStatus s) => s switch
    {
        ReconcileStatus.Consistent => "consistent",
        ReconcileStatus.Conflict => "conflict",
        _ => "single-source",
    };

    private static void Provenance(Utf8JsonWriter w, Provenance p)
    {
        w.WriteString("document", p.DocumentId);
        w.WriteNumber("sentence", p.Sentence);
        w.WriteNumber("start", p.Span.Start);
        w.WriteNumber("end", p.Span.End);
    }

    private static void Mentions(Utf8JsonWriter w, string name, IReadOnlyList<ActorMention> mentions)
    {
        w.WriteStartArray(name);
        foreach (var m in mentions)
        {
            w.WriteStartObject();
            w.WriteString("text", m.Text);
            w.WriteString("code", m.Actor.Code);
            w.WriteString("sector", m.Actor.Sector);
            if (m.Actor.Entity is not null) w.WriteString("entity", m.Actor.Entity);
            w.WriteNumber("start", m.At.Span.Start);
            w.WriteNumber("end", m.At.Span.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Attribution(Utf8JsonWriter w, Attribution? a)
    {
        if (a is null) { w.WriteNull("attribution"); return; }
        w.WriteStartObject("attribution");
        w.WriteString("text", a.Text);
        w.WriteString("code", a.Actor?.Code);
        w.WriteString("sector", a.Actor?.Sector);
        w.WriteNumber("start", a.Span.Start);
        w.WriteNumber("end", a.Span.End);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
