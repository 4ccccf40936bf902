using System.CommandLine;
using Sitrep.Coding;
using Sitrep.Evaluation;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep eval --gold FILE.jsonl`: measure the coder against PLOVER gold-standard records.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "PLOVER gold-standard records (JSON Lines).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print only the figures, as one JSON object (worst records, if asked for, go to standard error)." };
        var errors = new Option<int>("--errors") { Description = "Also show the N worst records: sentence, gold coding, coder output and the coder's notes." };
        errors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--errors must be 0 or more.");
        });
        var dictionaries = CliOptions.Dictionaries();
        var command = new Command("eval", "Measure the event coder against PLOVER gold-standard records.") { gold, json, errors, dictionaries };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(json), r.GetValue(errors), r.GetValue(dictionaries) ?? []));
        return command;
    }

    private static int Run(string goldPath, bool json, int worst, string[] dictionaries)
    {
        if (!File.Exists(goldPath))
        {
            Console.Error.WriteLine($"sitrep eval: gold file not found: {goldPath}");
            return 1;
        }
        var (gold, readErrors) = GoldReader.Read(goldPath);
        foreach (var e in readErrors) Console.Error.WriteLine($"sitrep eval: warning: skipped {e}");
        if (gold.Count == 0)
        {
            Console.Error.WriteLine($"sitrep eval: no usable records in {goldPath}");
            return 1;
        }

        var builder = new CoderBuilder();
        foreach (var d in dictionaries) builder.AddDictionaries(d);
        var coder = builder.Build();
        foreach (var e in coder.LoadErrors) Console.Error.WriteLine($"sitrep: dictionary: {e}");

        var report = Evaluator.Evaluate(coder, gold);
        if (json)
        {
            // Standard output stays one parseable object; anything for people goes to standard error.
            Console.Out.WriteLine(EvalJson.ToJson(report));
            if (worst > 0) WriteWorst(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), report, worst);
            return 0;
        }
        var console = AnsiConsole.Console;
        foreach (var table in new[] { EvalTables.Summary(report), EvalTables.ByType(report), EvalTables.Confusion(report) })
        {
            console.Write(Render(table));
            console.WriteLine();
        }
        if (worst > 0) WriteWorst(console, report, worst);
        return 0;
    }

    private static Table Render(EvalTable t)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(t.Title)}[/]");
        // Wide tables (the confusion matrix) drop inner padding so all sixteen types fit 80 columns.
        var wide = t.Columns.Length > 8;
        if (wide) table.Border(TableBorder.None).ShowRowSeparators = false;
        foreach (var c in t.Columns)
        {
            var column = new TableColumn(Markup.Escape(c)).NoWrap();
            if (wide) column.PadLeft(0).PadRight(1);
            table.AddColumn(column);
        }
        if (t.Note is not null) table.Caption(Markup.Escape(t.Note));
        foreach (var row in t.Rows) table.AddRow([.. row.Select(cell => new Markup(Markup.Escape(cell)))]);
        return table;
    }

    private static void WriteWorst(IAnsiConsole console, EvalReport report, int count)
    {
        var records = WorstRecords.Take(report.Results, count);
        console.Write(new Rule($"[bold]Worst records ({records.Count})[/]").LeftJustified());
        var n = 0;
        foreach (var r in records)
        {
            n++;
            console.MarkupLine($"[bold]{n}. {Markup.Escape(r.Gold.Id)}[/]  type {Mark(r.TypeCorrect)}  actors {Mark(r.ActorsCorrect)}  recipients {Mark(r.RecipientsCorrect)}  mode {Mark(r.ModeCorrect)}");
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            grid.AddRow(Label("sentence"), new Markup(Markup.Escape(r.Gold.Text)));
            grid.AddRow(Label("gold"), new Markup(Markup.Escape(EvalText.Gold(r.Gold))));
            if (r.Produced.Count == 0) grid.AddRow(Label("output"), new Markup("[red]no event[/]"));
            foreach (var e in r.Produced)
            {
                var text = Markup.Escape(EvalText.Event(e));
                grid.AddRow(Label(e == r.Produced[0] ? "output" : ""), new Markup(ReferenceEquals(e, r.Chosen) ? $"[bold]{text}[/] (compared)" : text));
            }
            foreach (var note in r.Notes)
                grid.AddRow(Label(note == r.Notes[0] ? "notes" : ""), new Markup(Markup.Escape(note.Reason)));
            console.Write(grid);
            console.WriteLine();
        }
    }

    private static Markup Label(string s) => new($"[grey]{s}[/]");

    private static string Mark(bool? ok) => ok switch
    {
        true => "[green]✓[/]",
        false => "[red]✗[/]",
        null => "[grey]–[/]",
    };
}
