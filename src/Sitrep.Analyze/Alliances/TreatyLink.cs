namespace Sitrep.Analyze;

/// <summary>
/// What one partner owes a state under one treaty on a given day: the partner, the treaty (whose
/// <see cref="Treaty.Obligation"/> says what is owed) and the first day both were bound to each other.
/// </summary>
public sealed record TreatyLink(string Partner, Treaty Treaty, DateOnly Since)
{
    /// <summary>Why the obligation may not hold in practice (a frozen participation), or null.</summary>
    public string? Caveat { get; init; }
}
