using Sitrep.Pipeline;

namespace Sitrep.Cli.Output;

/// <summary>The report as a Markdown document, for briefs and issue trackers.</summary>
public static class MarkdownReportWriter
{
    public static void Write(AnalysisReport report, TextWriter w)
    {
        w.WriteLine("# Sitrep report");
        w.WriteLine();
        w.WriteLine($"{report.Documents.Count} documents, {report.Events.Count} events, {report.Claims.Count} claims.");
        foreach (var table in ReportTables.All(report))
        {
            w.WriteLine();
            w.WriteLine($"## {table.Title}");
            w.WriteLine();
            w.WriteLine("| " + string.Join(" | ", table.Columns) + " |");
            w.WriteLine("|" + string.Concat(table.Columns.Select(_ => " --- |")));
            foreach (var row in table.Rows)
                w.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
