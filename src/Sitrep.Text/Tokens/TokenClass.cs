namespace Sitrep.Text;

/// <summary>
/// What the date and quantity scanners may want from one token, found with a single lookup per sentence
/// token. A reader whose start bit is clear at a token could not match there, so the scanners skip it
/// without asking any of their own tables.
/// </summary>
[Flags]
public enum TokenClass : byte
{
    None = 0,
    /// <summary>A number token.</summary>
    Number = 1,
    /// <summary>A word or sign that every quantity without a digit holds: number, scale or counting word, currency or percent sign.</summary>
    QuantityHint = 2,
    /// <summary>A word or sign a quantity can start with: a number word, qualifier, vague amount, currency, "between", "from".</summary>
    QuantityStart = 4,
    /// <summary>A month name or abbreviation, or "mid-November".</summary>
    Month = 8,
    /// <summary>A day name or abbreviation.</summary>
    Weekday = 16,
    /// <summary>A word every relative date holds: "yesterday", "week", "ago".</summary>
    Relative = 32,
    /// <summary>"ago".</summary>
    Ago = 64,
    /// <summary>A word a date rule can start with: a month or day name, "last", "early", "this", a number word.</summary>
    DateStart = 128,
}
