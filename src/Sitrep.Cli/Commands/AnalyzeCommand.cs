using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Pipeline;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep analyze PATH...`: ingest, code, store, reconcile, report.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var db = CliOptions.Db();
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON (docs/OUTPUT.md) to this file." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the report as Markdown to this file." };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 2 if any input could not be read." };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the summary line, not the tables." };
        var threads = new Option<int>("--threads") { Description = "Coding threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var dictionaries = CliOptions.Dictionaries();
        var command = new Command("analyze", "Read news files, code events and claims, store them and print the situation report.")
        {
            paths, db, json, markdown, strict, quiet, threads, dictionaries,
        };
        command.SetAction(r => Run(
            r.GetValue(paths)!, r.GetValue(db)!, r.GetValue(json), r.GetValue(markdown), r.GetValue(strict), r.GetValue(quiet),
            r.GetValue(threads), r.GetValue(dictionaries) ?? []));
        return command;
    }

    private static int Run(string[] paths, string db, string? json, string? markdown, bool strict, bool quiet, int threads, string[] dictionaries)
    {
        var console = AnsiConsole.Console;
        var builder = SitrepPipeline.CreateBuilder().WithThreads(threads);
        foreach (var d in dictionaries) builder.AddDictionaries(d);
        var pipeline = builder.Build();
        foreach (var e in pipeline.Coder.LoadErrors) Console.Error.WriteLine($"sitrep: dictionary: {e}");

        using var store = StoreOpener.Open(db);
        if (store is null) return 1;

        var report = Progress.Run(console, paths, (p, progress) => pipeline.Analyze(p, store, progress, Console.In));
        foreach (var f in report.Run.Failures) Console.Error.WriteLine($"sitrep: skipped {f}");

        if (!quiet) ConsoleReport.Write(console, report);
        else console.MarkupLine($"{report.Run.Read} documents read, {report.Run.Failures.Count} skipped; {report.Events.Count} events, {report.Claims.Count} claims stored.");

        if (json is not null)
        {
            using var stream = File.Create(json);
            JsonReportWriter.Write(report, stream);
        }
        if (markdown is not null)
        {
            using var writer = new StreamWriter(markdown);
            MarkdownReportWriter.Write(report, writer);
        }
        return strict && report.Run.Failures.Count > 0 ? 2 : 0;
    }
}
