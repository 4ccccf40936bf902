namespace Sitrep.Analyze;

/// <summary>
/// A state's membership of a treaty: bound from <see cref="Joined"/> up to (not including) <see cref="Left"/>,
/// the first day it is no longer a party.
/// </summary>
public sealed record TreatyParty(string Code, DateOnly Joined, DateOnly? Left = null)
{
    /// <summary>
    /// The day the state declared its participation frozen without withdrawing (Armenia in the CSTO, 2024).
    /// It stays a party in law, so it is still listed, but every obligation it gives or receives carries a caveat.
    /// </summary>
    public DateOnly? FrozenSince { get; init; }

    /// <summary>Why and how the participation was frozen, as the data file says.</summary>
    public string? FrozenNote { get; init; }

    public bool IsMemberOn(DateOnly date) => Joined <= date && (Left is null || date < Left.Value);

    public bool IsFrozenOn(DateOnly date) => FrozenSince is { } since && since <= date;
}
