using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>Runs an analysis with a progress bar when the terminal is interactive and the batch is not tiny.</summary>
internal static class Progress
{
    public static AnalysisReport Run(IAnsiConsole console, string[] paths, Func<string[], IProgress<RunProgress>?, AnalysisReport> run)
    {
        var interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        var expected = interactive ? CountInputs(paths) : 0;
        if (expected <= 5) return run(paths, null);
        AnalysisReport? report = null;
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("Coding documents", maxValue: expected);
            var progress = new SyncProgress<RunProgress>(p => task.Value = Math.Min(expected, p.Done));
            report = run(paths, progress);
            task.Value = expected;
        });
        return report!;
    }

    private static int CountInputs(string[] paths)
    {
        var n = 0;
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) n += Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Count();
            else n++;
        }
        return n;
    }

    /// <summary>Reports on the calling thread (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
