namespace Sitrep.Domain;

/// <summary>
/// One event as several reports tell it: coded events of the same type between the same actors within a few days,
/// from any number of documents, merged into one with all its mentions. An event only one outlet reports is
/// flagged, so one outlet's slip stands out against what the others say.
/// </summary>
public sealed record MergedEvent
{
    /// <summary>Stable id: "m:" and the id of the earliest mention.</summary>
    public required string Id { get; init; }
    public required EventType Type { get; init; }

    /// <summary>Actor codes (sector ignored), sorted.</summary>
    public required IReadOnlyList<string> Actors { get; init; }

    /// <summary>Recipient codes (sector ignored), sorted; empty when the event has no recipient.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>When it happened: the earliest day a mention gives, else the earliest coarser date; null when undated.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The coded events that report it, in date order.</summary>
    public required IReadOnlyList<string> EventIds { get; init; }

    /// <summary>The distinct outlets that report it, sorted; "doc:" and the document id for a document with no outlet.</summary>
    public required IReadOnlyList<string> Outlets { get; init; }

    /// <summary>Every mention hedges ("might", "reportedly"); one firm report makes the event firm.</summary>
    public bool Hedged { get; init; }

    /// <summary>Number of distinct outlets reporting the event.</summary>
    public int Corroboration => Outlets.Count;

    /// <summary>Only one outlet reports the event.</summary>
    public bool SingleOutlet => Outlets.Count == 1;
}
