namespace Sitrep.Analyze;

/// <summary>
/// One obligation of one treaty: who is bound (<see cref="Parties"/>, with joined/left dates), to what
/// (<see cref="Obligation"/>), by which article, since when, and where the facts come from.
/// </summary>
public sealed record Treaty(
    string Id,
    string Name,
    Obligation Obligation,
    IReadOnlyList<TreatyParty> Parties,
    DateOnly Signed,
    DateOnly InForce,
    string Article,
    string Source,
    IReadOnlyList<string> Notes)
{
    /// <summary>First day the treaty no longer binds anyone; null while it stays in force.</summary>
    public DateOnly? Ends { get; init; }

    /// <summary>
    /// The parties whose territory the obligation protects; empty means all. US–Japan Article 5 covers only
    /// Japanese-administered territory, so an attack on the United States does not oblige Japan.
    /// </summary>
    public IReadOnlyList<string> Covers { get; init; } = [];

    public IReadOnlyList<Suspension> Suspensions { get; init; } = [];

    /// <summary>Reference data shipped or loaded from files, or a pact only reported in stored news.</summary>
    public TreatyOrigin Origin { get; init; } = TreatyOrigin.Reference;

    /// <summary>For reported pacts: the ids of the events that report it.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Where the entry was read ("Treaties/nato.txt:8"), for messages.</summary>
    public string? DefinedAt { get; init; }

    public bool IsInForceOn(DateOnly date) => InForce <= date && (Ends is null || date < Ends.Value);

    public TreatyParty? PartyOf(string code)
    {
        foreach (var party in Parties)
            if (party.Code == code) return party;
        return null;
    }

    public bool Protects(string code) => Covers.Count == 0 || Covers.Contains(code);
}

public enum TreatyOrigin { Reference, Reported }
