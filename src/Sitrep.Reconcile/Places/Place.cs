namespace Sitrep.Reconcile;

/// <summary>A place a figure applies to: the name groups are keyed by, and what kind of place it is.</summary>
public sealed record Place(string Name, PlaceKind Kind);

public enum PlaceKind
{
    /// <summary>A state; a figure that states no place may join its group (see <see cref="ClaimReconciler"/>).</summary>
    Country,
    Region,
    City,
    /// <summary>The fighting line: "at the front", "the front line".</summary>
    Front,
    /// <summary>A capitalised name after a place word that places.txt does not list; kept as written.</summary>
    Unlisted,
}
