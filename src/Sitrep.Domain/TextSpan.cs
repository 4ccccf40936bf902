namespace Sitrep.Domain;

/// <summary>
/// A half-open range [Start, End) of character offsets into a document's text.
/// Every datum Sitrep produces carries one, so the UI can highlight the exact words.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start},{End})";
}
