using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>A table as plain cells, with an optional note below it (a legend); the CLI draws it, tests read it.</summary>
public sealed record EvalTable(string Title, string[] Columns, IReadOnlyList<string[]> Rows, string? Note = null);

/// <summary>The report's tables: headline figures, accuracy per gold type, and gold type × produced type confusions.</summary>
public static class EvalTables
{
    public static EvalTable Summary(EvalReport r) => new(
        $"PLOVER gold standard: {r.Records} records",
        ["Measure", "Value", "Detail"],
        [
            ["Event accuracy", Percent(r.EventAccuracy), "a non-negated event of the gold type was produced"],
            ["Actor F1", Percent(r.Actor.F1), PrfDetail(r.Actor)],
            ["Recipient F1", Percent(r.Recipient.F1), PrfDetail(r.Recipient)],
            ["Exact", Percent(r.Exact), "type, actor codes and recipient codes all right"],
            ["Mode accuracy", r.ModeAccuracy is { } m ? Percent(m) : "–", $"{r.Results.Count(x => x.ModeCorrect is not null)} records with a gold mode"],
        ]);

    public static EvalTable ByType(EvalReport r) => new(
        "Event accuracy by gold type",
        ["Type", "Records", "Accuracy"],
        [.. r.ByType.OrderBy(kv => kv.Key).Select(kv => new[] { kv.Key.Name(), Count(kv.Value.Records), Percent(kv.Value.Accuracy) })]);

    /// <summary>
    /// Rows are gold types, columns the chosen event's type ("none" when nothing was coded); only types that occur are shown.
    /// Columns carry 3-letter abbreviations (legend in the note) so all sixteen types fit an 80-column terminal.
    /// </summary>
    public static EvalTable Confusion(EvalReport r)
    {
        var gold = r.Confusion.Keys.Select(k => k.Gold).Distinct().Order().ToList();
        var produced = r.Confusion.Keys.Select(k => k.Produced).Distinct().OrderBy(t => t is null).ThenBy(t => t).ToList();
        var legend = string.Join(", ", produced.OfType<EventType>().Select(t => $"{Abbreviation(t)} {t.Name()}"));
        return new(
            "Confusion: gold type (rows) × chosen event type (columns)",
            ["Gold", .. produced.Select(p => p is { } t ? Abbreviation(t) : "none")],
            [.. gold.Select(g => new[] { g.Name() }.Concat(produced.Select(p =>
                r.Confusion.TryGetValue((g, p), out var n) ? Count(n) : "")).ToArray())],
            legend);
    }

    public static string Abbreviation(EventType t) => t switch
    {
        EventType.Agree => "AGR",
        EventType.Consult => "CNS",
        EventType.Support => "SUP",
        EventType.Concede => "CNC",
        EventType.Cooperate => "COP",
        EventType.Aid => "AID",
        EventType.Retreat => "RET",
        EventType.Request => "REQ",
        EventType.Accuse => "ACC",
        EventType.Reject => "REJ",
        EventType.Threaten => "THR",
        EventType.Protest => "PRO",
        EventType.Sanction => "SAN",
        EventType.Mobilize => "MOB",
        EventType.Coerce => "COE",
        _ => "ASL",
    };

    public static string Percent(double x) => (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string PrfDetail(Prf p) =>
        $"P {Percent(p.Precision)}, R {Percent(p.Recall)} (tp {Count(p.TruePositives)}, fp {Count(p.FalsePositives)}, fn {Count(p.FalseNegatives)})";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
