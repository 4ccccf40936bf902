using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Sitrep: news reports about wars and crises in; sourced events, claims and cross-source reconciliation out.")
        {
            AnalyzeCommand.Create(),
            ExportCommand.Create(),
            WhatIfCommand.Create(),
            EscalationCommand.Create(),
            ServeCommand.Create(),
            BenchWebCommand.Create(),
            EvalCommand.Create(),
            BenchCommand.Create(),
            ValidatePetrarchCommand.Create(),
        };
        var parsed = root.Parse(args);
        // Usage errors are one line and exit code 1; --help is handled by the parser's own action.
        if (parsed.Errors.Count > 0)
        {
            var command = parsed.CommandResult.Command;
            var name = command == root ? "sitrep" : $"sitrep {command.Name}";
            Console.Error.WriteLine($"{name}: {parsed.Errors[0].Message} (see '{name} --help')");
            return 1;
        }
        return parsed.Invoke();
    }
}
