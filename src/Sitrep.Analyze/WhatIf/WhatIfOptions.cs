namespace Sitrep.Analyze;

/// <summary>How far to follow the chain, and pacts reported in the news to consider alongside the reference data.</summary>
public sealed record WhatIfOptions
{
    /// <summary>
    /// Steps to follow. Step 1 is certain given the trigger; each later step rests on the assumption that the
    /// attacker strikes every state that joined against it, so the answer is cut here by default.
    /// </summary>
    public int MaxSteps { get; init; } = 3;

    public IReadOnlyList<ReportedPact> Reported { get; init; } = [];
}
