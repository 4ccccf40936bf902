using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// One thing an event says a state did in a war: acted for <see cref="For"/> (aid, troops, talks, fighting
/// beside it), fought <see cref="Against"/>, or, with neither, fought an opponent the sentence does not name.
/// </summary>
internal sealed record SupportFact(string Supporter, string? For, string? Against, Rung Rung, Stance Stance, EventReading Reading)
{
    public bool Unattributed => For is null && Against is null;

    public PartialDate Date => Reading.Date;

    public string EventId => Reading.Event.Id;

    /// <summary>Date, then event id: the one order every list built from facts uses.</summary>
    public static int Chronological(SupportFact a, SupportFact b)
    {
        var c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.EventId, b.EventId);
    }
}
