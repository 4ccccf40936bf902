using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// A claim as it takes part in reconciliation: the claim, how it reads as numbers, its source, and the date it is
/// placed at (its own, else its document's publication day).
/// </summary>
internal sealed record ClaimMember(Claim Claim, ClaimReading Reading, string Source, PartialDate Date)
{
    public DateOnly Day => Date.Earliest;

    /// <summary>Date order (earliest first, then the less precise date), then id: the order groups list claims in.</summary>
    public static int ByDateThenId(ClaimMember a, ClaimMember b)
    {
        var c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Claim.Id, b.Claim.Id);
    }
}
