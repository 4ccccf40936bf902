using System.Globalization;
using Sitrep.Domain;
using Sitrep.Store;

namespace Sitrep.Cli.Output;

/// <summary>Flat CSV (RFC 4180) for spreadsheets and R/pandas: one row per event, claim or document.</summary>
public static class CsvExport
{
    public static void Write(SqliteStore store, string what, TextWriter w)
    {
        switch (what)
        {
            case "claims":
                Row(w, "id", "document", "sentence", "start", "end", "date", "subject", "actor", "sector", "value", "low", "high", "unit", "qualifier", "attribution", "attribution_code", "hedged", "text");
                foreach (var c in store.Claims())
                    Row(w, c.Id, c.At.DocumentId, I(c.At.Sentence), I(c.At.Span.Start), I(c.At.Span.End), c.Date?.ToString(), c.Subject, c.Actor?.Code, c.Actor?.Sector,
                        D(c.Value), D(c.Low), D(c.High), c.Unit, c.Qualifier, c.Attribution?.Text, c.Attribution?.Actor?.Code, B(c.Hedged), c.Text);
                break;
            case "documents":
                Row(w, "id", "path", "title", "outlet", "author", "published", "url");
                foreach (var d in store.Documents())
                    Row(w, d.Id, d.Path, d.Title, d.Outlet, d.Author, d.Published?.ToString("o", CultureInfo.InvariantCulture), d.Url);
                break;
            default:
                Row(w, "id", "document", "sentence", "start", "end", "date", "event", "mode", "context", "cameo", "actor", "actor_sector", "recipient", "recipient_sector", "negated", "hedged", "attribution", "attribution_code", "text");
                foreach (var e in store.Events())
                    Row(w, e.Id, e.At.DocumentId, I(e.At.Sentence), I(e.At.Span.Start), I(e.At.Span.End), e.Date?.ToString(), e.Type.Name(), e.Mode, e.Context, e.Cameo,
                        Codes(e.Actors, a => a.Code), Codes(e.Actors, a => a.Sector), Codes(e.Recipients, a => a.Code), Codes(e.Recipients, a => a.Sector),
                        B(e.Negated), B(e.Hedged), e.Attribution?.Text, e.Attribution?.Actor?.Code, e.Text);
                break;
        }
    }

    private static string Codes(IReadOnlyList<ActorMention> ms, Func<ActorCode, string?> f) => string.Join(';', ms.Select(m => f(m.Actor) ?? ""));
    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string? D(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
    private static string B(bool b) => b ? "true" : "false";

    private static void Row(TextWriter w, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) w.Write(',');
            var c = cells[i] ?? "";
            if (c.AsSpan().IndexOfAny(",\"\n\r") >= 0) w.Write('"' + c.Replace("\"", "\"\"", StringComparison.Ordinal) + '"');
            else w.Write(c);
        }
        w.Write('\n');
    }
}
