namespace Sitrep.Store.Browsing;

/// <summary>Totals for the overview page.</summary>
public sealed record StoreOverview(
    long Documents, long Outlets, long Sentences, long Events, long Claims, long ReconciledGroups,
    string? FirstDate, string? LastDate, string? FirstPublished = null, string? LastPublished = null);

/// <summary>How many events of one PLOVER type (stored enum name, e.g. "Assault").</summary>
public sealed record TypeCount(string Type, long Events);

/// <summary>Events from one actor code to one recipient code.</summary>
public sealed record DyadCount(string Actor, string Recipient, long Events);

/// <summary>Events on one day (YYYY-MM-DD).</summary>
public sealed record DayCount(string Day, long Events);

/// <summary>
/// Events of one type and mode between two codes (on one day, for daily series): the unit that scores are
/// weighted over, aggregated in SQL so a page never reads single events to draw a chart.
/// </summary>
public sealed record TypedCount(string Actor, string Recipient, string? Day, string Type, string? Mode, long Events);

/// <summary>A count per value of some column (outlet, status …).</summary>
public sealed record NamedCount(string Name, long Count);
