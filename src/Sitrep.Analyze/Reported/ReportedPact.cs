using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// A pact between states as stored news reports it: the parties (sorted codes), whether the words make it a
/// defence pact (null when they only say "treaty" or "pact"), the earliest report date, and the evidence events.
/// </summary>
public sealed record ReportedPact(IReadOnlyList<string> Parties, Obligation? Obligation, PartialDate? Date, IReadOnlyList<string> EventIds)
{
    /// <summary>True when every report hedges ("could sign", "reportedly agreed").</summary>
    public bool Hedged { get; init; }

    /// <summary>The words of the first report, for display.</summary>
    public string Text { get; init; } = "";
}

/// <summary>What a what-if run made of a reported pact.</summary>
public sealed record ReportedPactUse(ReportedPact Pact, bool Added, string Reason)
{
    /// <summary>The reference entry that already binds the parties, when there is one.</summary>
    public string? KnownTreaty { get; init; }
}
