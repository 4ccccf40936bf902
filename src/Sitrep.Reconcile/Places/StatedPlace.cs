using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>A place a claim's sentence states for it, and the words that state it ("in Russia's Kursk region").</summary>
internal readonly record struct StatedPlace(Place Place, TextSpan Words);
