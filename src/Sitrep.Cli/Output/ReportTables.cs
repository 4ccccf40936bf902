using System.Globalization;
using Sitrep.Domain;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Output;

/// <summary>A report section as plain rows, rendered by both the console (Spectre) and Markdown writers.</summary>
public sealed record ReportTable(string Title, string[] Columns, IReadOnlyList<string[]> Rows);

/// <summary>Turns an <see cref="AnalysisReport"/> into the tables analysts read: documents, timeline, claims, groups.</summary>
public static class ReportTables
{
    public static IEnumerable<ReportTable> All(AnalysisReport r)
    {
        var docs = r.Documents.ToDictionary(d => d.Id);
        yield return Documents(r);
        yield return Timeline(r, docs);
        yield return Claims(r, docs);
        yield return Reconciled(r, docs);
    }

    public static ReportTable Documents(AnalysisReport r) => new(
        $"Documents ({r.Documents.Count})",
        ["Published", "Outlet", "Title", "Id"],
        [.. r.Documents.OrderBy(d => d.Published).Select(d => new[]
        {
            d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?",
            d.Outlet ?? "?",
            Short(d.Title ?? Path.GetFileName(d.Path), 70),
            d.Id[..8],
        })]);

    public static ReportTable Timeline(AnalysisReport r, IReadOnlyDictionary<string, Document> docs)
    {
        var corroboration = r.Corroboration.ToDictionary(c => c.EventId);
        return new(
            $"Event timeline ({r.Events.Count})",
            ["Date", "Event", "Actor → Recipient", "Flags", "Source", "Corr.", "Text"],
            [.. r.Events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => new[]
            {
                e.Date?.ToString() ?? "?",
                e.Mode is null ? e.Type.Name() : $"{e.Type.Name()} ({e.Mode})",
                $"{Actors(e.Actors)} → {Actors(e.Recipients)}",
                Flags(e),
                Source(docs, e.At.DocumentId, e.Attribution),
                corroboration.TryGetValue(e.Id, out var c) && c.Outlets > 0 ? $"+{c.Outlets}" : "",
                Short(e.Text, 80),
            })]);
    }

    public static ReportTable Claims(AnalysisReport r, IReadOnlyDictionary<string, Document> docs) => new(
        $"Claims ({r.Claims.Count})",
        ["Date", "Counts", "Figure", "Whose", "Source", "Text"],
        [.. r.Claims.OrderBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Date).Select(c => new[]
        {
            c.Date?.ToString() ?? "?",
            c.Subject,
            Figure(c) + (c.Hedged ? " (hedged)" : ""),
            c.Actor?.ToString() ?? "",
            Source(docs, c.At.DocumentId, c.Attribution),
            Short(c.Text, 60),
        })]);

    public static ReportTable Reconciled(AnalysisReport r, IReadOnlyDictionary<string, Document> docs)
    {
        var claims = r.Claims.ToDictionary(c => c.Id);
        return new(
            $"Reconciled figures ({r.Reconciled.Count(g => g.ClaimIds.Count > 1)} groups of several claims)",
            ["What", "Status", "Sources", "Range", "Members"],
            [.. r.Reconciled.Where(g => g.ClaimIds.Count > 1 || g.Status != ReconcileStatus.SingleSource)
                .OrderBy(g => g.Status).ThenByDescending(g => g.Sources).Select(g => new[]
                {
                    g.Key.TrimEnd('|'),
                    JsonReportWriter.StatusName(g.Status),
                    g.Sources.ToString(CultureInfo.InvariantCulture),
                    Range(g.Low, g.High),
                    string.Join("; ", g.ClaimIds.Where(claims.ContainsKey).Select(id => $"{Figure(claims[id])} ({Outlet(docs, claims[id].At.DocumentId)})")),
                })]);
    }

    public static string Figure(Claim c)
    {
        var q = c.Qualifier is null ? "" : c.Qualifier + " ";
        var unit = c.Unit is null ? "" : c.Unit == "%" ? "%" : " " + c.Unit;
        if (c.Value is { } v) return q + Num(v) + unit;
        if (c.Low is { } lo && c.High is { } hi) return q + $"{Num(lo)}–{Num(hi)}" + unit;
        if (c.Low is { } l) return c.Qualifier is null or "vague" ? Num(l) + "+" + unit + (c.Qualifier is null ? "" : " (vague)") : q + Num(l) + unit;
        if (c.High is { } h) return c.Qualifier is null ? "≤" + Num(h) + unit : q + Num(h) + unit;
        return "?";
    }

    private static string Range(double? low, double? high) => (low, high) switch
    {
        ({ } l, { } h) when l == h => Num(l),
        ({ } l, { } h) => $"{Num(l)}–{Num(h)}",
        ({ } l, null) => $"{Num(l)}+",
        (null, { } h) => $"≤{Num(h)}",
        _ => "",
    };

    public static string Num(double v) => v.ToString(v == Math.Floor(v) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    private static string Actors(IReadOnlyList<ActorMention> ms) =>
        ms.Count == 0 ? "–" : string.Join("+", ms.Select(m => m.Actor.ToString()).Distinct());

    private static string Flags(CodedEvent e) => (e.Negated, e.Hedged) switch
    {
        (true, true) => "negated, hedged",
        (true, false) => "negated",
        (false, true) => "hedged",
        _ => "",
    };

    private static string Source(IReadOnlyDictionary<string, Document> docs, string documentId, Attribution? a) =>
        a is null ? Outlet(docs, documentId) : $"{Outlet(docs, documentId)}, per {Short(a.Text, 40)}";

    private static string Outlet(IReadOnlyDictionary<string, Document> docs, string documentId) =>
        docs.TryGetValue(documentId, out var d) ? d.Outlet ?? Path.GetFileName(d.Path) : documentId[..8];

    public static string Short(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
