namespace Sitrep.Analyze;

/// <summary>
/// One line of a what-if answer: <see cref="State"/> is bound by <see cref="Treaty"/> at chain step
/// <see cref="Step"/> because <see cref="Via"/> was attacked (or, for offence pacts, attacked someone).
/// What the binding means depends on the list it is in (obliged, consult, restrained, exempt, breached).
/// </summary>
public sealed record Commitment(string State, Treaty Treaty, int Step, string Via, DateOnly Since)
{
    /// <summary>Why it may not hold in practice (frozen participation, ties to the attacker), or null.</summary>
    public string? Caveat { get; init; }

    public Obligation Obligation => Treaty.Obligation;
    public string Article => Treaty.Article;
    public TreatyOrigin Source => Treaty.Origin;
}
