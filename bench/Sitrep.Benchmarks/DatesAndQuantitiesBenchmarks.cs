using BenchmarkDotNet.Attributes;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// The coder's date and quantity pass over each sentence of an article: one classification of the tokens shared by
/// both scanners, against the two scanners run one after the other (each classifying for itself).
/// </summary>
[MemoryDiagnoser]
public class DatesAndQuantitiesBenchmarks
{
    private static readonly DateOnly Published = DateOnly.FromDateTime(NewsText.Published.UtcDateTime);
    private List<Token>[] _sentences = [];
    private readonly List<DateMention> _dates = new(8);
    private readonly List<Quantity> _quantities = new(8);

    [GlobalSetup]
    public void Setup()
    {
        _sentences = [.. SentenceSplitter.Split(NewsText.Article).Select(s => Tokenizer.Tokenize(NewsText.Article, s.Span))];
        // Fail loudly if the article stops yielding dates and figures: the benchmark would time nothing.
        if (Combined() < 8) throw new InvalidOperationException($"expected at least 8 dates and quantities in the article, found {Combined()}");
    }

    [Benchmark(Baseline = true)]
    public int Combined()
    {
        var found = 0;
        foreach (var tokens in _sentences)
        {
            _dates.Clear();
            _quantities.Clear();
            DatesAndQuantities.Scan(NewsText.Article, tokens, Published, _dates, _quantities);
            found += _dates.Count + _quantities.Count;
        }
        return found;
    }

    [Benchmark]
    public int Separate()
    {
        var found = 0;
        foreach (var tokens in _sentences)
        {
            _dates.Clear();
            _quantities.Clear();
            DateScanner.Scan(NewsText.Article, tokens, Published, _dates);
            QuantityScanner.Scan(NewsText.Article, tokens, _quantities);
            found += _dates.Count + _quantities.Count;
        }
        return found;
    }
}
