namespace Sitrep.Reconcile;

/// <summary>How far apart claims may be in time and in value and still be read as one count.</summary>
public sealed record ReconcileOptions
{
    /// <summary>Largest gap, in days, between consecutive claims of one window (single-link clustering).</summary>
    public int WindowDays { get; init; } = 30;

    /// <summary>
    /// Relative slack given to a figure: "about 10,000" spans ±Tolerance, a bare "10,000" ±Tolerance/2.
    /// Must lie in [0, 0.5] so that "nearly v" (down to v·(1 − 2·Tolerance)) never goes below zero.
    /// </summary>
    public double Tolerance { get; init; } = 0.10;

    internal void Validate()
    {
        if (WindowDays < 0)
            throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "WindowDays must not be negative.");
        if (double.IsNaN(Tolerance) || Tolerance is < 0 or > 0.5)
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must lie in [0, 0.5].");
    }
}
