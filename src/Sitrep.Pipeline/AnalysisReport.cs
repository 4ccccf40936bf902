using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Pipeline;

/// <summary>The situation as the database now holds it, plus what this run did.</summary>
public sealed record AnalysisReport
{
    public required IReadOnlyList<Document> Documents { get; init; }
    public required IReadOnlyList<CodedEvent> Events { get; init; }
    public required IReadOnlyList<Claim> Claims { get; init; }
    public required IReadOnlyList<ReconciledGroup> Reconciled { get; init; }
    public required IReadOnlyList<Corroboration> Corroboration { get; init; }
    public required RunSummary Run { get; init; }

    /// <summary>Reports of the same event from several documents merged into one, with the outlets that report it.</summary>
    public IReadOnlyList<MergedEvent> MergedEvents { get; init; } = [];

    /// <summary>Outside supporters' escalation ladders (docs/OUTPUT.md "Escalation").</summary>
    public IReadOnlyList<Ladder> Escalation { get; init; } = [];

    /// <summary>Supporters first reported at a higher rung, by date.</summary>
    public IReadOnlyList<EscalationAlert> Alerts { get; init; } = [];

    /// <summary>Treaty obligations in force that bind a conflict party or supporter.</summary>
    public IReadOnlyList<TreatyObligation> Obligations { get; init; } = [];
}

/// <summary>What one run did: documents new, re-coded or already stored, and the inputs that failed.</summary>
public sealed record RunSummary(int Inserted, int Recoded, int Unchanged, IReadOnlyList<IngestFailure> Failures, TimeSpan Elapsed, long Bytes)
{
    public int Read => Inserted + Recoded + Unchanged;
}

/// <summary>Progress of a run, for progress bars: documents done so far.</summary>
public readonly record struct RunProgress(int Done, string? Current);
