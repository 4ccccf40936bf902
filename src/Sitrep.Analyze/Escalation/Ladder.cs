using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// How far <see cref="Supporter"/> has been drawn into <see cref="Supported"/>'s war with <see cref="Opponent"/>:
/// the deepest rung reached, every rung reached with when and by how many outlets it was first reported, and
/// rungs above it that reports only speculate about.
/// </summary>
public sealed record Ladder(string Supporter, string Supported, string Opponent)
{
    /// <summary>The deepest rung reached; null when reports only speculate.</summary>
    public Rung? Rung { get; init; }

    /// <summary>One entry per rung reached, low to high.</summary>
    public IReadOnlyList<RungReport> History { get; init; } = [];

    /// <summary>Rungs above <see cref="Rung"/> that hedged, speculative or planned reports mention, low to high.</summary>
    public IReadOnlyList<RungPossibility> Possibilities { get; init; } = [];

    /// <summary>
    /// The rungs that were each, when first reported, the highest yet: "weapons 2023-08 → troops 2024-10-18 →
    /// combat 2024-11-05". Rungs first reported after a higher one (a pact signed after shells were sent) are
    /// in <see cref="History"/> but not in the climb.
    /// </summary>
    public IReadOnlyList<RungReport> Climb
    {
        get
        {
            var climb = new List<RungReport>();
            foreach (var step in History.OrderBy(h => h.Date).ThenBy(h => h.Rung))
                if (climb.Count == 0 || step.Rung > climb[^1].Rung) climb.Add(step);
            return climb;
        }
    }
}

/// <summary>A rung reached: first reported on <see cref="Date"/>, by <see cref="Sources"/> outlets in all, with the events.</summary>
public sealed record RungReport(Rung Rung, PartialDate Date, int Sources, IReadOnlyList<string> Evidence);

/// <summary>A rung only speculated about: the first such report, how many outlets, and the events.</summary>
public sealed record RungPossibility(Rung Rung, PartialDate Date, int Sources, IReadOnlyList<string> Evidence);
