using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// A token is only a span over the document text plus a kind: no string is allocated for it.
/// Compare with <see cref="TokenText"/> helpers or by slicing the text when needed.
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
    public TextSpan Span => new(Start, End);
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public bool IsWord => Kind is TokenKind.Word;
    public bool IsNumber => Kind is TokenKind.Number;
}

public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes, hyphens and periods (U.S., Kim Jong-un, don't is split as do + n't).</summary>
    Word,
    /// <summary>Digits with inner separators: 10,000 · 1.2 · 2024 · 11/10/2024 · 4,000-6,000 is three tokens.</summary>
    Number,
    /// <summary>A possessive or clitic: 's, ', n't, 're, 've, 'll, 'd.</summary>
    Clitic,
    /// <summary>Currency and percent signs: $, €, £, %.</summary>
    Symbol,
    /// <summary>Any other single punctuation character.</summary>
    Punct,
    /// <summary>A line break; sentences never span one unless the splitter says so.</summary>
    Newline,
}
