using System.Globalization;
using Sitrep.Analyze;
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
        yield return Escalation(r.Escalation);
        yield return Alerts(r.Alerts, r.Events, docs);
        yield return Obligations(r.Obligations);
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

    /// <summary>
    /// One row per claim group: what is measured, whose, where, whether the sources agree, and each member as
    /// "figure — outlet (attribution)". A series shows its points in date order instead of one range.
    /// </summary>
    public static ReportTable Reconciled(AnalysisReport r, IReadOnlyDictionary<string, Document> docs)
    {
        var claims = r.Claims.ToDictionary(c => c.Id);
        string Member(ReconciledMember m)
        {
            // The claim gives the unit too; a group read from an older database may name a claim no longer stored.
            var c = claims.GetValueOrDefault(m.ClaimId);
            var figure = c is null ? Range(m.Low ?? m.Value, m.High ?? m.Value) : Figure(c);
            var outlet = m.Outlet ?? (c is null ? "?" : Outlet(docs, c.At.DocumentId));
            var by = m.Attribution is null ? "" : $" ({Short(m.Attribution, 50)})";
            return $"{figure}{(m.Hedged ? " (hedged)" : "")} — {outlet}{by}";
        }
        string Spread(ReconciledGroup g) => g.Series
            ? string.Join(" → ", g.Points.Select(p => $"{p.Date} {Range(p.Low, p.High)}")) + " (series)"
            : Range(g.Low, g.High);
        string Members(ReconciledGroup g) => g.Members.Count > 0
            ? string.Join(";\n", g.Members.Select(Member))
            : string.Join(";\n", g.ClaimIds.Where(claims.ContainsKey).Select(id => $"{Figure(claims[id])} — {Outlet(docs, claims[id].At.DocumentId)}"));
        int Count(ReconcileStatus s) => r.Reconciled.Count(g => g.Status == s);
        return new(
            $"Reconciled figures ({r.Reconciled.Count} groups: {Count(ReconcileStatus.Consistent)} consistent, "
                + $"{Count(ReconcileStatus.Conflict)} conflict, {Count(ReconcileStatus.SingleSource)} single-source)",
            ["Measure", "Actor", "Place", "Status", "Sources", "Range", "Members"],
            [.. r.Reconciled.OrderBy(g => g.Status).ThenByDescending(g => g.Sources).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new[]
            {
                g.Measure ?? g.Key.TrimEnd('|'),
                g.Actor ?? "?",
                g.Place ?? "",
                JsonReportWriter.StatusName(g.Status),
                g.Sources.ToString(CultureInfo.InvariantCulture),
                Spread(g),
                Members(g),
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

    /// <summary>One row per ladder: the rung reached and the climb, "weapons 2023-08 (3 outlets) → troops 2024-10-18 (5)".</summary>
    public static ReportTable Escalation(IReadOnlyList<Ladder> ladders) => new(
        $"Escalation ladder ({ladders.Count} supporters, {ladders.Count(l => l.Rung is not null)} at a rung reached)",
        ["Supporter", "Supported", "Opponent", "Rung", "Climb", "Possible"],
        [.. ladders.Select(l => new[]
        {
            l.Supporter,
            l.Supported,
            l.Opponent,
            l.Rung?.Name() ?? "(possible only)",
            string.Join(" → ", l.Climb.Select((step, i) => $"{step.Rung.Name()} {step.Date} ({Outlets(step.Sources, i == 0)})")),
            string.Join(", ", l.Possibilities.Select(p => $"{p.Rung.Name()} ({Outlets(p.Sources, true)})")),
        })]);

    /// <summary>One row per climb; the evidence is the first report of the new rung, with its outlet ("says who").</summary>
    public static ReportTable Alerts(IReadOnlyList<EscalationAlert> alerts, IReadOnlyList<CodedEvent> events, IReadOnlyDictionary<string, Document> docs)
    {
        var byId = events.ToDictionary(e => e.Id);
        string Evidence(EscalationAlert a)
        {
            if (a.Evidence.Count == 0 || !byId.TryGetValue(a.Evidence[0], out var e)) return string.Join(", ", a.Evidence);
            var more = a.Evidence.Count > 1 ? $" (+{a.Evidence.Count - 1} more)" : "";
            // Long event texts can open with another clause; from the trigger on is what reports the climb.
            var at = e.Trigger is null || e.Text.Length <= 70 ? -1 : e.Text.IndexOf(e.Trigger, StringComparison.Ordinal);
            var words = at > 0 ? "…" + e.Text[at..] : e.Text;
            return $"{Outlet(docs, e.At.DocumentId)}: \"{Short(words, 70)}\"{more}";
        }
        return new(
            $"Alerts ({alerts.Count})",
            ["Date", "Supporter", "Supported", "Opponent", "Climb", "First report"],
            [.. alerts.Select(a => new[]
            {
                a.Date.ToString(),
                a.Supporter,
                a.Supported,
                a.Opponent,
                a.From is { } from ? $"{from.Name()} → {a.To.Name()}" : $"first seen at {a.To.Name()}",
                Evidence(a),
            })]);
    }

    public static ReportTable Obligations(IReadOnlyList<TreatyObligation> obligations) => new(
        $"Treaty obligations binding those involved ({obligations.Count})",
        ["Treaty", "Obligation", "Binds", "Parties", "Since", "Status", "Source"],
        [.. obligations.Select(o => new[]
        {
            o.Treaty.Id,
            o.Obligation.Name(),
            string.Join(", ", o.Involved),
            o.Parties.Count <= 6 ? string.Join(", ", o.Parties) : $"{o.Parties.Count} states",
            o.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            o.Pending ? $"signed {o.Treaty.Signed:yyyy-MM-dd}, not yet in force" : "in force",
            o.Source == TreatyOrigin.Reported ? "reported" : "reference",
        })]);

    private static string Outlets(int n, bool spelled) => spelled ? (n == 1 ? "1 outlet" : $"{n} outlets") : n.ToString(CultureInfo.InvariantCulture);
}
