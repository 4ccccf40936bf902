namespace Sitrep.Domain;

/// <summary>
/// A coded actor: a country (ISO 3166 alpha-3), "IGO" for intergovernmental organisations, or a
/// non-state code (e.g. "IMG" for international militarised groups), plus an optional sector
/// (MIL, GOV, SPY, COP, REB, CVL …) and the named entity when the text names one.
/// </summary>
public sealed record ActorCode(string Code, string? Sector = null, string? Entity = null)
{
    public override string ToString() => Sector is null ? Code : $"{Code}/{Sector}";
}

/// <summary>An actor as written in a sentence, with what it was coded as.</summary>
public sealed record ActorMention
{
    public required Provenance At { get; init; }
    public required string Text { get; init; }
    public required ActorCode Actor { get; init; }

    /// <summary>How the mention was recognised: dictionary name, demonym, capital metonym, person, pronoun…</summary>
    public MentionKind Kind { get; init; }
}

public enum MentionKind { Name, Adjective, Seat, Person, Group, Organization, Sector, Reference }
