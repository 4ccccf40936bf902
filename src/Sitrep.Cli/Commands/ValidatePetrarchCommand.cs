using System.CommandLine;
using System.Globalization;
using Sitrep.Coding.Petrarch;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep validate-petrarch FILE.xml`: code a PETRARCH validation suite with its own dictionaries (imported into
/// Sitrep) and compare the (source, target, CAMEO) triples with the ones the suite expects.
/// </summary>
internal static class ValidatePetrarchCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "PETRARCH validation records (XML), e.g. PETR.UnitTest.records.xml; its dictionaries are read from beside it." };
        var json = new Option<bool>("--json") { Description = "Print only the figures, as one JSON object (worst records, if asked for, go to standard error)." };
        var errors = new Option<int>("--errors") { Description = "Also show the N worst records: text, expected, produced and the coder's notes." };
        errors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--errors must be 0 or more.");
        });
        var ploverOnly = new Option<bool>("--plover-only")
        {
            Description = "Leave uncoded the patterns whose CAMEO code PLOVER has no type for (023 statements, appeals, the suite's "
                + "made-up 9xx codes), as `analyze` does. By default every code is emitted, as PETRARCH2 does: a record passes "
                + "when its CAMEO triples equal the expected ones.",
        };
        var allCodes = new Option<bool>("--all-codes") { Description = "Emit every code the dictionaries give (the default; kept for scripts)." };
        var command = new Command("validate-petrarch",
            "Code a PETRARCH validation suite with its own dictionaries and compare with the expected CAMEO triples. "
            + "Every code is emitted, as PETRARCH2 does; --plover-only measures only what Sitrep codes as PLOVER events.")
        {
            file, json, errors, ploverOnly, allCodes,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(ploverOnly) && r.GetValue(allCodes)) r.AddError("--plover-only and --all-codes exclude each other.");
        });
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(json), r.GetValue(errors), r.GetValue(ploverOnly)));
        return command;
    }

    private static int Run(string path, bool json, int worst, bool ploverOnly)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"sitrep validate-petrarch: file not found: {path}");
            return 1;
        }
        PetrarchValidation report;
        try
        {
            report = PetrarchValidator.Run(path, ploverOnly ? PetrarchImportOptions.Default : PetrarchImportOptions.Validation);
        }
        catch (System.Xml.XmlException e)
        {
            Console.Error.WriteLine($"sitrep validate-petrarch: {path} is not valid XML: {e.Message}");
            return 1;
        }
        foreach (var e in report.LoadErrors) Console.Error.WriteLine($"sitrep: dictionary: {e}");
        if (json)
        {
            Console.Out.WriteLine(report.ToJson());
            if (worst > 0) WriteWorst(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), report, worst);
            return 0;
        }
        var console = AnsiConsole.Console;
        foreach (var note in report.LoadNotes) console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        if (report.Suite.UnusedOptions.Count > 0)
            console.MarkupLine($"[grey]Config options Sitrep does not honour (they tune PETRARCH's parse-based clause handling): {Markup.Escape(string.Join(", ", report.Suite.UnusedOptions))}[/]");
        console.Write(Summary(report));
        console.WriteLine();
        if (worst > 0) WriteWorst(console, report, worst);
        return 0;
    }

    private static Table Summary(PetrarchValidation report)
    {
        var mode = report.PloverOnly ? "PLOVER codes only" : "all codes";
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]PETRARCH validation ({mode})[/]");
        table.AddColumn("category");
        table.AddColumn(new TableColumn("records").RightAligned());
        table.AddColumn(new TableColumn("passed").RightAligned());
        table.AddColumn(new TableColumn("pass rate").RightAligned());
        foreach (var (category, tally) in report.ByCategory) table.AddRow(Markup.Escape(category), Count(tally.Records), Count(tally.Passed), Rate(tally.PassRate));
        var total = report.Total;
        table.AddRow("[bold]all[/]", $"[bold]{Count(total.Records)}[/]", $"[bold]{Count(total.Passed)}[/]", $"[bold]{Rate(total.PassRate)}[/]");
        return table;
    }

    private static void WriteWorst(IAnsiConsole console, PetrarchValidation report, int count)
    {
        var records = report.Worst(count);
        console.Write(new Rule($"[bold]Worst records ({records.Count})[/]").LeftJustified());
        var n = 0;
        foreach (var r in records)
        {
            n++;
            console.MarkupLine($"[bold]{n}. {Markup.Escape(r.Record.Id)}[/]  ({Markup.Escape(r.Record.Category)}, {r.Record.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}, require_dyad {r.Record.RequireDyad})");
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            grid.AddRow(Label("text"), new Markup(Markup.Escape(r.Record.Text)));
            grid.AddRow(Label("expected"), new Markup(Markup.Escape(Expected(r.Record))));
            grid.AddRow(Label("produced"), new Markup(r.Produced.Count == 0 ? "[red]nothing[/]" : Markup.Escape(string.Join("; ", r.Produced))));
            if (r.Missing.Count > 0) grid.AddRow(Label("missing"), new Markup($"[red]{Markup.Escape(string.Join("; ", r.Missing))}[/]"));
            if (r.Extra.Count > 0) grid.AddRow(Label("extra"), new Markup($"[red]{Markup.Escape(string.Join("; ", r.Extra))}[/]"));
            for (var i = 0; i < r.Notes.Count; i++) grid.AddRow(Label(i == 0 ? "notes" : ""), new Markup(Markup.Escape(r.Notes[i])));
            console.Write(grid);
            console.WriteLine();
        }
    }

    private static string Expected(PetrarchRecord r) =>
        r.Expected.Count > 0 ? string.Join("; ", r.Expected) : r.ExpectedError is { } e ? $"no event ({e})" : "no event";

    private static Markup Label(string s) => new($"[grey]{s}[/]");

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double r) => r.ToString("P1", CultureInfo.InvariantCulture);
}
