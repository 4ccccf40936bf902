using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>The report in the terminal: one Spectre table per section.</summary>
public static class ConsoleReport
{
    public static void Write(IAnsiConsole console, AnalysisReport report)
    {
        // Piped into a file or another program, 80 columns would wrap every row: use a readable width instead.
        if (Console.IsOutputRedirected && console.Profile.Width < 160) console.Profile.Width = 160;
        var run = report.Run;
        console.MarkupLine($"[bold]Sitrep[/]: {run.Read} documents read ([green]{run.Inserted} new[/], {run.Recoded} re-coded, {run.Unchanged} unchanged), " +
                           $"{run.Failures.Count} skipped, in {run.Elapsed.TotalSeconds:0.00} s.");
        console.MarkupLine($"Database holds {report.Documents.Count} documents, {report.Events.Count} events, {report.Claims.Count} claims, {report.Reconciled.Count} claim groups.");
        foreach (var t in ReportTables.All(report))
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(t.Title)}[/]");
            foreach (var c in t.Columns) table.AddColumn(new TableColumn(Markup.Escape(c)));
            foreach (var row in t.Rows) table.AddRow(row.Select(Cell).ToArray());
            console.WriteLine();
            console.Write(table);
        }
    }

    private static Markup Cell(string s) => s switch
    {
        "conflict" => new Markup("[red]conflict[/]"),
        "consistent" => new Markup("[green]consistent[/]"),
        "single-source" => new Markup("[yellow]single-source[/]"),
        _ => new Markup(Markup.Escape(s)),
    };
}
