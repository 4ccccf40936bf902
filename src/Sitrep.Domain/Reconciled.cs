namespace Sitrep.Domain;

/// <summary>Claims from different documents that count the same thing, and whether they agree.</summary>
public sealed record ReconciledGroup
{
    /// <summary>What is counted, as one string: actor|measure|unit|place|first day of the window.</summary>
    public required string Key { get; init; }
    public required IReadOnlyList<string> ClaimIds { get; init; }

    /// <summary>Number of distinct sources (outlets, else documents).</summary>
    public required int Sources { get; init; }

    public double? Low { get; init; }
    public double? High { get; init; }
    public required ReconcileStatus Status { get; init; }

    /// <summary>What the figures measure: troops, first-wave, force-size, killed, shells … (null for groups stored before measures existed).</summary>
    public string? Measure { get; init; }

    /// <summary>Whose figures they are: the actor code (sector ignored); null when the claims name no actor.</summary>
    public string? Actor { get; init; }

    /// <summary>Where the figures apply ("Kursk", "Russia", "front"); null when no place is stated or joined.</summary>
    public string? Place { get; init; }

    /// <summary>The figures do not agree at one point in time but rise over it: a count moving on, not a disagreement.</summary>
    public bool Series { get; init; }

    /// <summary>The claims of the group with their source and figures, in date order; each says why it is in the group.</summary>
    public IReadOnlyList<ReconciledMember> Members { get; init; } = [];

    /// <summary>For a series, one point per date in date order: the figures the sources wrote that day.</summary>
    public IReadOnlyList<SeriesPoint> Points { get; init; } = [];
}

public enum ReconcileStatus { Consistent, Conflict, SingleSource }

/// <summary>One claim as a member of a reconciled group: who published it, what it says, and why it was put here.</summary>
public sealed record ReconciledMember
{
    public required string ClaimId { get; init; }

    /// <summary>The outlet that published the claim; null when the document names none (the document is then the source).</summary>
    public string? Outlet { get; init; }

    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public string? Qualifier { get; init; }

    /// <summary>Who the claim is attributed to, as written ("according to the Pentagon"); null when unattributed.</summary>
    public string? Attribution { get; init; }

    /// <summary>The date the claim is placed at: its own, else its document's publication day.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The place the claim's sentence states for it; null when it states none.</summary>
    public string? Place { get; init; }

    public bool Hedged { get; init; }

    /// <summary>Why the claim is in the group, in words: the place it states or the place it joined, and how its measure was read.</summary>
    public string Reason { get; init; } = "";
}

/// <summary>One date of a series: the lowest and highest figures written for it (High null when only a floor was given).</summary>
public sealed record SeriesPoint(PartialDate Date, double Low, double? High);

/// <summary>How many other documents report an event of the same type between the same actors within a week.</summary>
public sealed record Corroboration(string EventId, int Documents, int Outlets, IReadOnlyList<string> EventIds);
