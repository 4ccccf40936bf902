using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>Settings of <see cref="EscalationAnalyzer"/>; the defaults are the documented rules.</summary>
public sealed record EscalationOptions
{
    /// <summary>
    /// Years before a conflict's first reported attack from which support still counts: arms shipped in the run-up
    /// belong to the war, Chinese troops in Korea in 1950 do not belong to a war that started in 2022.
    /// </summary>
    public int LeadInYears { get; init; } = 2;

    /// <summary>Documents that must report attacks between two states before they count as a conflict.</summary>
    public int MinConflictReports { get; init; } = 2;

    /// <summary>The sentence an event was read from, when the caller can give it: years written there mark history.</summary>
    public Func<CodedEvent, string?>? SentenceOf { get; init; }

    /// <summary>Cue words; the built-in file by default.</summary>
    public RungCues? Cues { get; init; }
}
