using System.Diagnostics;

namespace Sitrep.Benchmarking;

/// <summary>
/// What a pass cost besides wall time: CPU time of the whole process (coding threads and the garbage
/// collector; other programs on a shared machine are not counted), managed bytes allocated, collections
/// of each generation and the time the runtime was paused for them.
/// </summary>
public readonly record struct PassCost(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    /// <summary>Reads the process's running totals; the cost of a pass is the difference of two readings.</summary>
    public static PassCost Now()
    {
        using var process = Process.GetCurrentProcess();
        return new PassCost(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    }

    public static PassCost operator -(PassCost end, PassCost start) => new(end.Cpu - start.Cpu, end.AllocatedBytes - start.AllocatedBytes,
        end.Gen0 - start.Gen0, end.Gen1 - start.Gen1, end.Gen2 - start.Gen2, end.GcPause - start.GcPause);
}
