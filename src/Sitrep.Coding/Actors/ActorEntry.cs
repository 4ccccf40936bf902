using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>What a dictionary phrase denotes. Sector-only entries ("troops") have no code of their own.</summary>
public sealed record ActorEntry(
    string Phrase,
    string? Code,
    string? Sector,
    string? Entity,
    MentionKind Kind,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Office = null,
    bool Discard = false)
{
    /// <summary>A person outside their term still gives their country, but not the government sector.</summary>
    public ActorCode? CodeOn(DateOnly? date)
    {
        if (Code is null) return null;
        if (Kind == MentionKind.Person && date is { } d && ((From is { } f && d < f) || (To is { } t && d > t)))
            return new ActorCode(Code, null, Entity);
        return new ActorCode(Code, Sector, Entity);
    }

    public bool InOffice(DateOnly? date) =>
        Kind != MentionKind.Person || date is not { } d || ((From is null || d >= From) && (To is null || d <= To));
}
