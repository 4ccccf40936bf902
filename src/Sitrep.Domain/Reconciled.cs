namespace Sitrep.Domain;

/// <summary>Claims from different documents that count the same thing, and whether they agree.</summary>
public sealed record ReconciledGroup
{
    /// <summary>What is counted: actor|subject|period.</summary>
    public required string Key { get; init; }
    public required IReadOnlyList<string> ClaimIds { get; init; }

    /// <summary>Number of distinct sources (outlets, else documents).</summary>
    public required int Sources { get; init; }

    public double? Low { get; init; }
    public double? High { get; init; }
    public required ReconcileStatus Status { get; init; }
}

public enum ReconcileStatus { Consistent, Conflict, SingleSource }

/// <summary>How many other documents report an event of the same type between the same actors within a week.</summary>
public sealed record Corroboration(string EventId, int Documents, int Outlets, IReadOnlyList<string> EventIds);
