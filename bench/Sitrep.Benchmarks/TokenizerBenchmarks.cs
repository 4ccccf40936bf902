using BenchmarkDotNet.Attributes;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>Tokenising a news paragraph: the first step of every sentence the coder sees.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly List<Token> _tokens = new(256);
    private readonly TextSpan _span = new(0, NewsText.Paragraph.Length);

    /// <summary>The coder's path: tokens appended to a list it reuses, so no allocation per call.</summary>
    [Benchmark(Baseline = true)]
    public int IntoReusedList()
    {
        _tokens.Clear();
        Tokenizer.Tokenize(NewsText.Paragraph, _span, _tokens);
        return _tokens.Count;
    }

    /// <summary>The convenience overload, which allocates a fresh list each time.</summary>
    [Benchmark]
    public int NewList() => Tokenizer.Tokenize(NewsText.Paragraph).Count;
}
