namespace Sitrep.Analyze;

/// <summary>
/// The treaty consequences of a hypothetical event on a given day. Each list holds <see cref="Commitment"/>s
/// ordered by step, then treaty, then state.
/// </summary>
public sealed record WhatIfResult(WhatIfTrigger Trigger, DateOnly AsOf)
{
    public Hostility Hostility => Trigger.Hostility;

    /// <summary>States bound to fight or assist: defence partners of attacked states (and offence partners of the attacker).</summary>
    public IReadOnlyList<Commitment> Obliged { get; init; } = [];

    /// <summary>States bound only to consult.</summary>
    public IReadOnlyList<Commitment> Consult { get; init; } = [];

    /// <summary>States bound by neutrality or non-aggression not to join the attacker.</summary>
    public IReadOnlyList<Commitment> Restrained { get; init; } = [];

    /// <summary>Defence partners of the attacker: not obliged, because defence clauses cover an ally that is attacked, not one that attacks.</summary>
    public IReadOnlyList<Commitment> Exempt { get; init; } = [];

    /// <summary>Promises the attacker itself breaks: its defence, neutrality or non-aggression commitments to the target.</summary>
    public IReadOnlyList<Commitment> Breached { get; init; } = [];

    /// <summary>Pacts reported in stored news, with whether they were added to the chain.</summary>
    public IReadOnlyList<ReportedPactUse> Reported { get; init; } = [];

    /// <summary>Every treaty the answer cites, once, in first-cited order (for notes and sources).</summary>
    public IReadOnlyList<Treaty> Treaties =>
        [.. Obliged.Concat(Consult).Concat(Restrained).Concat(Exempt).Concat(Breached).Select(c => c.Treaty).DistinctBy(t => t.Id)];
}
