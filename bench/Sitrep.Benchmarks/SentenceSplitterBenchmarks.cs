using BenchmarkDotNet.Attributes;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>Splitting a whole article (headline, byline, dateline, caption, quotes, abbreviations) into sentences.</summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    [Benchmark]
    public int SplitArticle() => SentenceSplitter.Split(NewsText.Article, "Seoul weighs direct arms supplies to Ukraine as Pyongyang's troops reach the front").Count;
}
