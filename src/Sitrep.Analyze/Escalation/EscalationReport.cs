namespace Sitrep.Analyze;

/// <summary>Who is being drawn into which war, how deep and since when; the alerts; the treaties that bind them.</summary>
public sealed record EscalationReport
{
    /// <summary>The wars found, by start date; those entered by joining an older war are marked.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>Deepest rung first (speculation-only ladders last), then supporter, supported and opponent.</summary>
    public IReadOnlyList<Ladder> Ladders { get; init; } = [];

    /// <summary>By date, then supporter, supported and opponent.</summary>
    public IReadOnlyList<EscalationAlert> Alerts { get; init; } = [];

    /// <summary>In treaty book order (built-in files alphabetically), reported pacts last.</summary>
    public IReadOnlyList<TreatyObligation> Obligations { get; init; } = [];

    /// <summary>The day treaties were checked for being in force.</summary>
    public DateOnly? AsOf { get; init; }
}
