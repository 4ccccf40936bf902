namespace Sitrep.Reconcile;

/// <summary>How far apart claims may be in time and in value and still be read as one count, and the place words.</summary>
public sealed record ReconcileOptions
{
    /// <summary>Largest gap, in days, between consecutive claims of one window (single-link clustering).</summary>
    public int WindowDays { get; init; } = 30;

    /// <summary>
    /// The same for measures that can rise as a series (killed, wounded … and troops at a place): a running count is
    /// reported less often than a fresh estimate, and "by March, 3,000 killed" and "by June, 5,000" are one count.
    /// </summary>
    public int SeriesWindowDays { get; init; } = 120;

    /// <summary>
    /// Relative slack given to a figure: "about 10,000" spans ±Tolerance, a bare "10,000" ±Tolerance/2.
    /// Must lie in [0, 0.5] so that "nearly v" (down to v·(1 − 2·Tolerance)) never goes below zero.
    /// </summary>
    public double Tolerance { get; init; } = 0.10;

    /// <summary>The words places are read with; <see cref="PlaceBook.BuiltIn"/> when null.</summary>
    public PlaceBook? Places { get; init; }

    internal void Validate()
    {
        if (WindowDays < 0)
            throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "WindowDays must not be negative.");
        if (SeriesWindowDays < 0)
            throw new ArgumentOutOfRangeException(nameof(SeriesWindowDays), SeriesWindowDays, "SeriesWindowDays must not be negative.");
        if (double.IsNaN(Tolerance) || Tolerance is < 0 or > 0.5)
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must lie in [0, 0.5].");
    }
}
