using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Analyze;

/// <summary>Writes a what-if answer as the JSON documented in docs/OUTPUT.md ("what-if").</summary>
public static class WhatIfJson
{
    public static void Write(WhatIfResult result, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(result, writer);
    }

    public static void Write(WhatIfResult result, Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteStartObject("trigger");
        w.WriteString("actor", result.Trigger.Attacker);
        w.WriteString("event", result.Trigger.Event.ToString().ToUpperInvariant());
        w.WriteString("mode", result.Trigger.Mode);
        w.WriteString("context", result.Trigger.Context);
        w.WriteString("target", result.Trigger.Target);
        w.WriteString("date", Iso(result.AsOf));
        w.WriteString("hostility", result.Hostility.Name());
        w.WriteEndObject();

        Commitments(w, "obliged", result.Obliged);
        Commitments(w, "consult", result.Consult);
        Commitments(w, "restrained", result.Restrained);
        Commitments(w, "exempt", result.Exempt);
        Commitments(w, "breached", result.Breached);

        w.WriteStartArray("reported");
        foreach (var use in result.Reported) Reported(w, use);
        w.WriteEndArray();

        w.WriteStartArray("treaties");
        foreach (var treaty in result.Treaties) Treaty(w, treaty);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One treaty entry (the "obligations" object of docs/OUTPUT.md).</summary>
    public static void Treaty(Utf8JsonWriter w, Treaty treaty)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(treaty);
        w.WriteStartObject();
        w.WriteString("id", treaty.Id);
        w.WriteString("name", treaty.Name);
        w.WriteString("obligation", treaty.Obligation.Name());
        w.WriteString("article", treaty.Article);
        w.WriteString("signed", Iso(treaty.Signed));
        w.WriteString("inForce", Iso(treaty.InForce));
        w.WriteString("ends", treaty.Ends is { } e ? Iso(e) : null);
        w.WriteString("source", treaty.Source);
        w.WriteString("origin", Origin(treaty.Origin));
        w.WriteStartArray("parties");
        foreach (var p in treaty.Parties)
        {
            w.WriteStartObject();
            w.WriteString("state", p.Code);
            w.WriteString("joined", Iso(p.Joined));
            w.WriteString("left", p.Left is { } l ? Iso(l) : null);
            w.WriteString("frozen", p.FrozenSince is { } f ? Iso(f) : null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "covers", treaty.Covers);
        w.WriteStartArray("suspended");
        foreach (var s in treaty.Suspensions)
        {
            w.WriteStartObject();
            Strings(w, "states", [s.First, s.Second]);
            w.WriteString("since", Iso(s.Since));
            w.WriteString("note", s.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "notes", treaty.Notes);
        Strings(w, "evidence", treaty.Evidence);
        w.WriteEndObject();
    }

    private static void Commitments(Utf8JsonWriter w, string name, IReadOnlyList<Commitment> list)
    {
        w.WriteStartArray(name);
        foreach (var c in list)
        {
            w.WriteStartObject();
            w.WriteString("state", c.State);
            w.WriteString("treaty", c.Treaty.Id);
            w.WriteString("obligation", c.Obligation.Name());
            w.WriteNumber("step", c.Step);
            w.WriteString("via", c.Via);
            w.WriteString("article", c.Article);
            w.WriteString("since", Iso(c.Since));
            w.WriteString("source", Origin(c.Source));
            w.WriteString("caveat", c.Caveat);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Reported(Utf8JsonWriter w, ReportedPactUse use)
    {
        var pact = use.Pact;
        w.WriteStartObject();
        Strings(w, "parties", pact.Parties);
        w.WriteString("obligation", pact.Obligation?.Name());
        w.WriteString("date", pact.Date?.ToString());
        Strings(w, "events", pact.EventIds);
        w.WriteString("text", pact.Text);
        w.WriteBoolean("hedged", pact.Hedged);
        w.WriteString("treaty", use.KnownTreaty);
        w.WriteBoolean("added", use.Added);
        w.WriteString("reason", use.Reason);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string Origin(TreatyOrigin origin) => origin == TreatyOrigin.Reported ? "reported" : "reference";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
