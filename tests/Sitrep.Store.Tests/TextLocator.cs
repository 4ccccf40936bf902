using Sitrep.Domain;

namespace Sitrep.Store.Tests;

/// <summary>Finds phrases in a test article so spans are computed from the text rather than counted by hand.</summary>
internal sealed class TextLocator(string text)
{
    public string Text { get; } = text;

    /// <summary>The span of the first occurrence of <paramref name="phrase"/> at or after <paramref name="from"/>.</summary>
    public TextSpan Find(string phrase, int from = 0)
    {
        var start = Text.IndexOf(phrase, from, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"'{phrase}' is not in the test text after offset {from}.");
        return new TextSpan(start, start + phrase.Length);
    }

    /// <summary>The span of the whole line that contains <paramref name="phrase"/>.</summary>
    public TextSpan Line(string phrase)
    {
        var hit = Find(phrase);
        var start = Text.LastIndexOf('\n', hit.Start) + 1;
        var end = Text.IndexOf('\n', hit.End);
        return new TextSpan(start, end < 0 ? Text.Length : end);
    }
}
