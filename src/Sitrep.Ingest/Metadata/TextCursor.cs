namespace Sitrep.Ingest.Metadata;

/// <summary>A position in a line with the few moves the date and byline readers need; allocation-free.</summary>
internal ref struct TextCursor(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;

    public int Pos;

    public readonly bool AtEnd => Pos >= _text.Length;

    public readonly char Peek => Pos < _text.Length ? _text[Pos] : '\0';

    public bool Skip(char c)
    {
        if (Peek != c || AtEnd) return false;
        Pos++;
        return true;
    }

    public void SkipSpaces() => SkipWhile(static c => c == ' ');

    public void SkipWhile(Func<char, bool> predicate)
    {
        while (!AtEnd && predicate(_text[Pos])) Pos++;
    }

    /// <summary>A run of letters (possibly empty).</summary>
    public ReadOnlySpan<char> Word()
    {
        var start = Pos;
        while (!AtEnd && char.IsLetter(_text[Pos])) Pos++;
        return _text[start..Pos];
    }

    /// <summary>Up to <paramref name="maxDigits"/> ASCII digits; false when there are none.</summary>
    public bool Number(int maxDigits, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (!AtEnd && digits < maxDigits && char.IsAsciiDigit(_text[Pos]))
        {
            value = value * 10 + (_text[Pos] - '0');
            Pos++;
            digits++;
        }
        // A longer run of digits is not the number we were asked for.
        if (digits == maxDigits && !AtEnd && char.IsAsciiDigit(_text[Pos])) return false;
        return digits > 0;
    }
}
