namespace Sitrep.Analyze;

/// <summary>
/// A treaty obligation in force that binds a conflict party or supporter: the treaty entry, its parties on the
/// as-of day, which of them are involved in a conflict, and since when the involved ones are bound.
/// </summary>
public sealed record TreatyObligation(Treaty Treaty, IReadOnlyList<string> Parties, IReadOnlyList<string> Involved, DateOnly Since)
{
    public Obligation Obligation => Treaty.Obligation;

    /// <summary>
    /// Signed on or before the as-of day but not yet in force ("the treaty signed months before" that is still being
    /// ratified): shown so analysts see what is about to bind, never counted as binding yet.
    /// </summary>
    public bool Pending { get; init; }

    /// <summary>Reference data, or a pact only reported in the news.</summary>
    public TreatyOrigin Source => Treaty.Origin;
}
