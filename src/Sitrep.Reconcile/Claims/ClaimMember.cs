using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// A claim as it takes part in reconciliation: the claim, how it reads as numbers, its source, the date it is placed
/// at (its own, else its document's publication day), its measure and the place its sentence states. The group
/// place (stated or joined) and the reason for it are settled once the claims of its actor and measure are known.
/// </summary>
internal sealed class ClaimMember(
    Claim claim, ClaimReading reading, string source, string? outlet, PartialDate date, bool periodStart,
    string measure, string? measureBecause, StatedPlace? stated, string? statedWords)
{
    public Claim Claim { get; } = claim;
    public ClaimReading Reading { get; } = reading;

    /// <summary>The source key distinct outlets are counted by (<see cref="SourceKeys"/>).</summary>
    public string Source { get; } = source;

    /// <summary>The outlet as the document names it; null when it names none.</summary>
    public string? Outlet { get; } = outlet;

    public PartialDate Date { get; } = date;
    public DateOnly Day => Date.Earliest;

    /// <summary>The claim's own date only starts the period its figure covers ("since August 2023"), so
    /// <see cref="Date"/> is the publication day instead.</summary>
    public bool PeriodStart { get; } = periodStart;

    public string Measure { get; } = measure;

    /// <summary>The words that made the subject read as another measure ("active-duty", "first"); null when it did not.</summary>
    public string? MeasureBecause { get; } = measureBecause;

    /// <summary>The place the claim's own clause states, and the words that state it.</summary>
    public StatedPlace? Stated { get; } = stated;
    public string? StatedWords { get; } = statedWords;

    /// <summary>The place of the group the claim goes to: the stated one, or the one it joined; null for none.</summary>
    public Place? Place { get; set; }

    /// <summary>Why the claim has that place, in words.</summary>
    public string PlaceReason { get; set; } = "";

    /// <summary>Date order (earliest first, then the less precise date), then id: the order groups list claims in.</summary>
    public static int ByDateThenId(ClaimMember a, ClaimMember b)
    {
        var c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Claim.Id, b.Claim.Id);
    }
}
