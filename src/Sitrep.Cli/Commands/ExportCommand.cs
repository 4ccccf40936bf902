using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Output;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep export`: events, claims or documents from a database as JSON, JSON Lines or CSV.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var format = new Option<string>("--format") { Description = "json, jsonl or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var what = new Option<string>("--what") { Description = "events, claims or documents.", DefaultValueFactory = _ => "events" };
        what.AcceptOnlyFromAmong("events", "claims", "documents");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export events, claims or documents from a Sitrep database.") { db, format, what, output };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(format)!, r.GetValue(what)!, r.GetValue(output)));
        return command;
    }

    private static int Run(string db, string format, string what, string? output)
    {
        using var store = StoreOpener.Open(db, mustExist: true);
        if (store is null) return 1;
        using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        switch (format)
        {
            case "csv":
                using (var writer = new StreamWriter(stream))
                    CsvExport.Write(store, what, writer);
                break;
            default:
                WriteJson(store, what, stream, lines: format == "jsonl");
                break;
        }
        return 0;
    }

    private static void WriteJson(SqliteStore store, string what, Stream stream, bool lines)
    {
        var options = new JsonWriterOptions { Indented = !lines, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var items = what switch
        {
            "claims" => store.Claims().Select(c => (Action<Utf8JsonWriter>)(w => JsonReportWriter.Claim(w, c))),
            "documents" => store.Documents().Select(d => (Action<Utf8JsonWriter>)(w => JsonReportWriter.Document(w, d))),
            _ => store.Events().Select(e => (Action<Utf8JsonWriter>)(w => JsonReportWriter.Event(w, e))),
        };
        if (lines)
        {
            foreach (var item in items)
            {
                using (var w = new Utf8JsonWriter(stream, options)) item(w);
                stream.WriteByte((byte)'\n');
            }
            return;
        }
        using var writer = new Utf8JsonWriter(stream, options);
        writer.WriteStartArray();
        foreach (var item in items) item(writer);
        writer.WriteEndArray();
    }
}
