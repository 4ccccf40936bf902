namespace Sitrep.Domain;

/// <summary>
/// A reported quantity: "some 10,000 North Korean troops, according to the Pentagon".
/// A single figure sets <see cref="Value"/>; ranges and bounds set <see cref="Low"/>/<see cref="High"/>
/// ("at least 60,000" → Low 60000, High null).
/// </summary>
public sealed record Claim
{
    public required string Id { get; init; }
    public required Provenance At { get; init; }

    /// <summary>The words of the claim (number through the thing counted).</summary>
    public required string Text { get; init; }

    /// <summary>The thing counted, normalised: troops, killed, wounded, casualties, dollars, shells …</summary>
    public required string Subject { get; init; }

    /// <summary>Whose it is ("North Korean troops" → PRK/MIL) when the sentence says.</summary>
    public ActorCode? Actor { get; init; }

    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }

    /// <summary>Unit for money and the like (USD, EUR); null for plain counts.</summary>
    public string? Unit { get; init; }

    /// <summary>Normalised qualifier: about, some, at least, more than, up to, nearly, estimated …</summary>
    public string? Qualifier { get; init; }

    public Attribution? Attribution { get; init; }
    /// <summary>When the figure applies: a date in the sentence, else the publication date; null when neither is known.</summary>
    public required PartialDate? Date { get; init; }

    public bool Hedged { get; init; }

    /// <summary>The lowest the claim allows (Value when exact).</summary>
    public double? Min => Low ?? Value;

    /// <summary>The highest the claim allows; null when unbounded above.</summary>
    public double? Max => High ?? (Low is null ? Value : null);
}
