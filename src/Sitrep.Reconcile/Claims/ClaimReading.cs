using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// A claim read as numbers: the interval [<see cref="Min"/>, <see cref="Max"/>] of true values it allows
/// (after tolerance), and the figures the source actually wrote (<see cref="LowestFigure"/>..<see cref="HighestFigure"/>,
/// one figure twice for a single number) for describing a group without the slack added here.
/// </summary>
internal readonly record struct ClaimReading(double Min, double Max, double LowestFigure, double HighestFigure)
{
    /// <summary>Reads a claim, or returns false when it carries no finite figure to compare.</summary>
    public static bool TryRead(Claim claim, double tolerance, out ClaimReading reading)
    {
        var kind = Qualifiers.Classify(claim.Qualifier);
        var low = Finite(claim.Low);
        var high = Finite(claim.High);
        if (low is not null || high is not null)
        {
            reading = FromBounds(low, high, kind, tolerance);
            return true;
        }
        if (Finite(claim.Value) is { } v)
        {
            reading = FromValue(v, kind, tolerance);
            return true;
        }
        reading = default;
        return false;
    }

    /// <summary>Unbounded above ("at least", "more than", vague): its figures are a floor, nothing caps them.</summary>
    public bool IsOpen => double.IsPositiveInfinity(Max);

    private static ClaimReading FromBounds(double? low, double? high, QualifierKind kind, double t)
    {
        if (low is { } lo && high is { } hi)
        {
            if (lo > hi) (lo, hi) = (hi, lo);
            // A range is already an estimate; an "about" in front of it loosens it further.
            var w = kind is QualifierKind.Approximate ? t : t / 2;
            return new(lo * (1 - w), hi * (1 + w), lo, hi);
        }
        if (low is { } floor) return new(floor, double.PositiveInfinity, floor, floor);
        var ceiling = high!.Value;
        return new(0, ceiling, ceiling, ceiling);
    }

    private static ClaimReading FromValue(double v, QualifierKind kind, double t) => kind switch
    {
        QualifierKind.Approximate => new(v * (1 - t), v * (1 + t), v, v),
        QualifierKind.JustBelow => new(v * (1 - 2 * t), v, v, v),
        QualifierKind.JustAbove => new(v, v * (1 + 2 * t), v, v),
        QualifierKind.LowerBound or QualifierKind.Vague => new(v, double.PositiveInfinity, v, v),
        QualifierKind.UpperBound => new(0, v, v, v),
        // A bare figure is still usually rounded by whoever reported it: half the slack of "about".
        _ => new(v * (1 - t / 2), v * (1 + t / 2), v, v),
    };

    private static double? Finite(double? x) => x is { } d && double.IsFinite(d) ? d : null;
}
