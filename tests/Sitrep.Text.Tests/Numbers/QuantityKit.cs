namespace Sitrep.Text.Tests.Numbers;

/// <summary>Scans a single sentence and renders quantities compactly, so tests read like the sentences they check.</summary>
internal static class QuantityKit
{
    public static List<Quantity> Scan(string sentence) => QuantityScanner.Scan(sentence, Tokenizer.Tokenize(sentence));

    public static Quantity Single(string sentence)
    {
        var found = Scan(sentence);
        Assert.True(found.Count == 1, $"expected one quantity in \"{sentence}\", got {found.Count}: {Describe(sentence, found)}");
        return found[0];
    }

    public static string Text(this Quantity q, string sentence) => q.Span.Slice(sentence);

    public static string Describe(string sentence, IEnumerable<Quantity> found) =>
        string.Join("; ", found.Select(q => $"\"{q.Text(sentence)}\" v={q.Value} lo={q.Low} hi={q.High} q={q.Qualifier} u={q.Unit}"));
}
