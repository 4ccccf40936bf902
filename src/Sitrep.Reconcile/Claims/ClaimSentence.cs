using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// The sentence a claim was read from, as the text of its document and the sentence's span in it. The claim's own
/// span (<see cref="Claim.At"/>) points into the same text, so the words around the figure are read in place.
/// </summary>
public readonly record struct ClaimSentence(string DocumentText, TextSpan Span)
{
    /// <summary>True when the span lies inside the text and covers <paramref name="claim"/>'s span.</summary>
    public bool Covers(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return DocumentText is not null
            && Span.Start >= 0 && Span.End <= DocumentText.Length && Span.Start <= Span.End
            && claim.At.Span.Start >= Span.Start && claim.At.Span.End <= Span.End;
    }
}
