using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// A number read from a sentence, with its qualifier and unit: "some 10,000", "between 11,000 and 12,000",
/// "$2 billion", "tens of thousands". What is counted is left to the caller, which can look at the tokens
/// after <see cref="LastToken"/>.
/// </summary>
/// <param name="Span">The whole expression including qualifier and currency.</param>
/// <param name="FirstToken">Index of the first token of the expression in the token list scanned.</param>
/// <param name="LastToken">Index of the last token of the expression (inclusive).</param>
/// <param name="Value">A single figure; null for ranges, bounds and vague quantities.</param>
/// <param name="Low">Lower bound of a range or of "at least"/"more than"/vague quantities.</param>
/// <param name="High">Upper bound of a range or of "up to"/"fewer than".</param>
/// <param name="Qualifier">Normalised: about, nearly, at least, more than, up to, fewer than, vague.</param>
/// <param name="Unit">ISO currency code for money, "%" for percentages, "pp" for percentage points, null for counts.</param>
public readonly record struct Quantity(
    TextSpan Span,
    int FirstToken,
    int LastToken,
    double? Value,
    double? Low,
    double? High,
    string? Qualifier,
    string? Unit);
