using BenchmarkDotNet.Attributes;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>Scanning the tokens of a figure-heavy paragraph for counts, ranges, money and qualifiers.</summary>
[MemoryDiagnoser]
public class QuantityScannerBenchmarks
{
    private List<Token> _tokens = [];
    private readonly List<Quantity> _found = new(32);

    [GlobalSetup]
    public void Setup()
    {
        _tokens = Tokenizer.Tokenize(NewsText.Paragraph, new TextSpan(0, NewsText.Paragraph.Length));
        // Fail loudly if the scanner stops seeing the paragraph's figures: the benchmark would time nothing.
        if (Scan() < 4) throw new InvalidOperationException($"expected at least 4 quantities in the paragraph, found {_found.Count}");
    }

    [Benchmark]
    public int Scan()
    {
        _found.Clear();
        QuantityScanner.Scan(NewsText.Paragraph, _tokens, _found);
        return _found.Count;
    }
}
