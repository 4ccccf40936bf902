namespace Sitrep.Analyze;

/// <summary>How a report stands towards what it describes.</summary>
internal enum Stance
{
    /// <summary>Reported as having happened: counts towards a rung reached.</summary>
    Reached,

    /// <summary>Hedged, speculative, planned or not ruled out: listed as a possibility, never as reached.</summary>
    Possible,

    /// <summary>Negated, denied or avoided: never counts.</summary>
    Excluded,
}
