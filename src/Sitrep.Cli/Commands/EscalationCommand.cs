using System.CommandLine;
using Sitrep.Analyze;
using Sitrep.Cli.Output;
using Sitrep.Domain;
using Sitrep.Pipeline;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep escalation`: from a database, who is being drawn into which war, how deep, since when and says who;
/// the alerts of each climb; the treaties binding those involved. Model: <see cref="EscalationAnalyzer"/>.
/// </summary>
internal static class EscalationCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Database written by 'sitrep analyze'.", DefaultValueFactory = _ => "sitrep.db" };
        var actor = new Option<string?>("--actor") { Description = "Only ladders where this state (ISO 3166 alpha-3, e.g. PRK) is the supporter or the supported party." };
        var json = new Option<bool>("--json") { Description = "Write JSON (docs/OUTPUT.md, \"Escalation\") to standard output instead of tables." };
        var command = new Command("escalation", "Show outside supporters' escalation ladders, alerts and treaty obligations from a database.") { db, actor, json };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(actor), r.GetValue(json)));
        return command;
    }

    private static int Run(string db, string? actor, bool json)
    {
        var code = actor?.Trim().ToUpperInvariant();
        if (code is not null && (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)))
        {
            Console.Error.WriteLine($"sitrep escalation: --actor must be a three-letter country code (ISO 3166 alpha-3, e.g. PRK), got '{actor}'");
            return 1;
        }
        using var store = StoreOpener.Open(db, mustExist: true);
        if (store is null) return 1;
        EscalationReport report;
        IReadOnlyList<Document> documents;
        IReadOnlyList<CodedEvent> events;
        try
        {
            documents = store.Documents();
            events = store.Events();
            report = SitrepPipeline.Escalation(store, documents, events, asOf: null);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 1;
        }
        if (code is not null) report = Only(report, code);

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            EscalationJson.Write(report, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else Show(AnsiConsole.Console, report, code, events, documents.ToDictionary(d => d.Id));
        return 0;
    }

    /// <summary>Ladders and alerts where <paramref name="code"/> gives or gets support; its wars; treaties binding it.</summary>
    private static EscalationReport Only(EscalationReport report, string code) => report with
    {
        Conflicts = [.. report.Conflicts.Where(c => c.Involves(code) || report.Ladders.Any(l => l.Supporter == code && c.Involves(l.Supported) && c.Involves(l.Opponent)))],
        Ladders = [.. report.Ladders.Where(l => l.Supporter == code || l.Supported == code)],
        Alerts = [.. report.Alerts.Where(a => a.Supporter == code || a.Supported == code)],
        Obligations = [.. report.Obligations.Where(o => o.Involved.Contains(code))],
    };

    private static void Show(IAnsiConsole console, EscalationReport report, string? code, IReadOnlyList<CodedEvent> events, IReadOnlyDictionary<string, Document> docs)
    {
        if (Console.IsOutputRedirected && console.Profile.Width < 160) console.Profile.Width = 160;
        var scope = code is null ? "" : $" for {code}";
        if (report.Conflicts.Count == 0)
        {
            console.MarkupLine($"No conflict found{Markup.Escape(scope)}: no two states are reported attacking each other in enough documents.");
            return;
        }
        console.MarkupLine($"[bold]Escalation{Markup.Escape(scope)}[/] as of {report.AsOf:yyyy-MM-dd}. Conflicts: {Markup.Escape(string.Join("; ", report.Conflicts.Select(Describe)))}.");
        foreach (var t in new[] { ReportTables.Escalation(report.Ladders), ReportTables.Alerts(report.Alerts, events, docs), ReportTables.Obligations(report.Obligations) })
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(t.Title)}[/]");
            foreach (var c in t.Columns) table.AddColumn(new TableColumn(Markup.Escape(c)));
            foreach (var row in t.Rows) table.AddRow([.. row.Select(cell => new Markup(Markup.Escape(cell)))]);
            console.WriteLine();
            console.Write(table);
        }
    }

    private static string Describe(Conflict c) =>
        c.Joined is null ? $"{c} since {c.Start}" : $"{c} since {c.Start} ({c.Joined} beside {c.Beside})";
}
