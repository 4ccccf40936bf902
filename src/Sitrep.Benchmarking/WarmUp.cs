using System.Runtime;

namespace Sitrep.Benchmarking;

/// <summary>
/// Codes a small corpus again and again until the JIT stops compiling, so the timed passes run the
/// optimised (tier-1, profile-guided) code and no compilation thread competes with them for a core. A fixed
/// amount of warm-up was not enough: tiering went on for seconds into the single-thread pass, which made it
/// look slower than it is and the speed-up look better than it is.
/// </summary>
internal static class WarmUp
{
    /// <summary>A bound on the rounds, should some code keep compiling forever (it should not).</summary>
    public const int MaxRounds = 40;

    /// <summary>Returns the rounds run.</summary>
    public static int Run(Coding.Coder coder, TiledCorpus corpus, int threads)
    {
        for (var round = 1; round <= MaxRounds; round++)
        {
            var before = JitInfo.GetCompiledMethodCount();
            ThroughputPass.Run(coder, corpus, 1);
            if (threads > 1) ThroughputPass.Run(coder, corpus, threads);
            // Tier-1 compiles happen on a background thread after a short delay: give it that delay before
            // deciding that a round which compiled nothing means the code is settled.
            Thread.Sleep(200);
            if (JitInfo.GetCompiledMethodCount() == before) return round;
        }
        return MaxRounds;
    }
}
