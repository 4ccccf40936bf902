using System.Collections.Frozen;

namespace Sitrep.Reconcile;

/// <summary>How a qualifier bends the figure it stands before.</summary>
internal enum QualifierKind
{
    /// <summary>No qualifier, or one that says nothing about precision ("a total of").</summary>
    None,
    /// <summary>"about", "some", "roughly": the figure is a round estimate either way.</summary>
    Approximate,
    /// <summary>"nearly", "almost": a little under the figure, not over it.</summary>
    JustBelow,
    /// <summary>"just over": a little over the figure, not under it.</summary>
    JustAbove,
    /// <summary>"at least", "more than": a floor with no ceiling.</summary>
    LowerBound,
    /// <summary>"up to", "fewer than": a ceiling, with zero as the floor.</summary>
    UpperBound,
    /// <summary>"vague" ("thousands", "dozens"): the figure is an order of magnitude, a floor only.</summary>
    Vague,
}

internal static class Qualifiers
{
    private static readonly FrozenDictionary<string, QualifierKind> Known = new Dictionary<string, QualifierKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = QualifierKind.Approximate,
        ["around"] = QualifierKind.Approximate,
        ["some"] = QualifierKind.Approximate,
        ["approximately"] = QualifierKind.Approximate,
        ["roughly"] = QualifierKind.Approximate,
        ["estimated"] = QualifierKind.Approximate,
        ["an estimated"] = QualifierKind.Approximate,
        ["close to"] = QualifierKind.Approximate,
        ["circa"] = QualifierKind.Approximate,
        ["or so"] = QualifierKind.Approximate,
        ["nearly"] = QualifierKind.JustBelow,
        ["almost"] = QualifierKind.JustBelow,
        ["just under"] = QualifierKind.JustBelow,
        ["just shy of"] = QualifierKind.JustBelow,
        ["just over"] = QualifierKind.JustAbove,
        ["just above"] = QualifierKind.JustAbove,
        ["slightly more than"] = QualifierKind.JustAbove,
        ["at least"] = QualifierKind.LowerBound,
        ["more than"] = QualifierKind.LowerBound,
        ["over"] = QualifierKind.LowerBound,
        ["upwards of"] = QualifierKind.LowerBound,
        ["in excess of"] = QualifierKind.LowerBound,
        ["no fewer than"] = QualifierKind.LowerBound,
        ["no less than"] = QualifierKind.LowerBound,
        ["greater than"] = QualifierKind.LowerBound,
        ["up to"] = QualifierKind.UpperBound,
        ["fewer than"] = QualifierKind.UpperBound,
        ["less than"] = QualifierKind.UpperBound,
        ["at most"] = QualifierKind.UpperBound,
        ["no more than"] = QualifierKind.UpperBound,
        ["as many as"] = QualifierKind.UpperBound,
        ["under"] = QualifierKind.UpperBound,
        ["vague"] = QualifierKind.Vague,
        ["dozens"] = QualifierKind.Vague,
        ["hundreds"] = QualifierKind.Vague,
        ["thousands"] = QualifierKind.Vague,
        ["tens of thousands"] = QualifierKind.Vague,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unknown qualifiers read as <see cref="QualifierKind.None"/>: the figure keeps its default slack.</summary>
    public static QualifierKind Classify(string? qualifier)
    {
        if (string.IsNullOrWhiteSpace(qualifier)) return QualifierKind.None;
        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(qualifier.AsSpan().Trim(), out var kind) ? kind : QualifierKind.None;
    }
}
