using System.Text;
using System.Text.Json;

namespace Sitrep.Benchmarking;

/// <summary>
/// `sitrep bench --json`: one object. The first six keys (mb_per_s, sentences_per_s, events_per_s, threads,
/// peak_working_set_mb, load_ms) are a contract for scripts and CI; keys after them may grow.
/// </summary>
public static class BenchJson
{
    public static string ToJson(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            var p = report.Parallel;
            w.WriteStartObject();
            w.WriteNumber("mb_per_s", Math.Round(p.MbPerSecond, 3));
            w.WriteNumber("sentences_per_s", Math.Round(p.SentencesPerSecond, 1));
            w.WriteNumber("events_per_s", Math.Round(p.EventsPerSecond, 1));
            w.WriteNumber("threads", p.Threads);
            w.WriteNumber("peak_working_set_mb", Math.Round(report.PeakWorkingSetMb, 1));
            w.WriteNumber("load_ms", Math.Round(report.LoadMs, 1));
            w.WriteNumber("single_thread_mb_per_s", Math.Round(report.SingleThread.MbPerSecond, 3));
            w.WriteNumber("speedup", Math.Round(report.Speedup, 2));
            w.WriteNumber("mb", Math.Round(report.Mb, 3));
            w.WriteNumber("claims_per_s", Math.Round(p.ClaimsPerSecond, 1));
            w.WriteNumber("documents_per_s", Math.Round(p.DocumentsPerSecond, 1));
            w.WriteNumber("documents", p.Documents);
            w.WriteNumber("source_documents", report.SourceDocuments);
            w.WriteNumber("sentences", p.Sentences);
            w.WriteNumber("events", p.Events);
            w.WriteNumber("claims", p.Claims);
            w.WriteNumber("load_cpu_ms", Math.Round(report.LoadCpuMs, 1));
            w.WriteNumber("dictionary_heap_mb", Math.Round(report.DictionaryHeapMb, 1));
            w.WriteNumber("load_errors", report.LoadErrors.Count);
            WriteCost(w, "single_thread_", report.SingleThread);
            WriteCost(w, "", p);
            WriteRuns(w, "single_thread_runs_mb_per_s", report.SingleThreadRuns);
            WriteRuns(w, "runs_mb_per_s", report.ParallelRuns);
            w.WriteString("size_unit", "UTF-8 bytes of document text; 1 MB = 1,000,000 bytes");
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRuns(Utf8JsonWriter w, string name, IReadOnlyList<double> runs)
    {
        w.WriteStartArray(name);
        foreach (var r in runs) w.WriteNumberValue(Math.Round(r, 3));
        w.WriteEndArray();
    }

    private static void WriteCost(Utf8JsonWriter w, string prefix, PassResult pass)
    {
        w.WriteNumber(prefix + "mb_per_cpu_s", Math.Round(pass.MbPerCpuSecond, 3));
        w.WriteNumber(prefix + "cpu_s", Math.Round(pass.Cost.Cpu.TotalSeconds, 2));
        w.WriteNumber(prefix + "allocated_bytes_per_byte", Math.Round(pass.AllocatedPerByte, 2));
        w.WriteNumber(prefix + "gen0_collections", pass.Cost.Gen0);
        w.WriteNumber(prefix + "gen1_collections", pass.Cost.Gen1);
        w.WriteNumber(prefix + "gen2_collections", pass.Cost.Gen2);
        w.WriteNumber(prefix + "gc_pause_ms", Math.Round(pass.Cost.GcPause.TotalMilliseconds, 1));
    }
}
