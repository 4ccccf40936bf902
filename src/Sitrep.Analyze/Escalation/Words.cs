namespace Sitrep.Analyze;

/// <summary>
/// The words of a text as offsets: runs of letters, digits and apostrophes. Hyphens and punctuation separate
/// words, so "air-defence" is two words and matches the cue "air defence". One list per text, no word strings.
/// </summary>
internal readonly struct Words
{
    private readonly List<(int Start, int End)> _spans;

    private Words(string text, List<(int Start, int End)> spans)
    {
        Text = text;
        _spans = spans;
    }

    public string Text { get; }
    public int Count => _spans.Count;

    public static Words Of(string text)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            spans.Add((start, i));
        }
        return new Words(text, spans);
    }

    public (int Start, int End) this[int index] => _spans[index];

    public ReadOnlySpan<char> Word(int index) => Text.AsSpan(_spans[index].Start, _spans[index].End - _spans[index].Start);

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int FirstAtOrAfter(int offset)
    {
        var i = 0;
        while (i < _spans.Count && _spans[i].Start < offset) i++;
        return i;
    }

    /// <summary>Index one past the last word that ends at or before <paramref name="offset"/>.</summary>
    public int EndBefore(int offset)
    {
        var i = 0;
        while (i < _spans.Count && _spans[i].End <= offset) i++;
        return i;
    }

    // Typographic apostrophes are common in news copy ("won’t"); both kinds join words.
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019';
}
