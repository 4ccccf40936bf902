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
    // Made once per entry and shared by every mention of it (codes are immutable values): a mention used to allocate
    // its own. Derived from the positional values only, so equal entries still compare equal.
    private readonly ActorCode? _code = Code is null ? null : new ActorCode(Code, Sector, Entity);
    private readonly ActorCode? _bare = Code is null ? null : new ActorCode(Code, null, Entity);

    /// <summary>A person outside their term still gives their country, but not the government sector.</summary>
    public ActorCode? CodeOn(DateOnly? date)
    {
        if (_code is null) return null;
        if (Kind == MentionKind.Person && date is { } d && ((From is { } f && d < f) || (To is { } t && d > t)))
            return _bare;
        return _code;
    }

    /// <summary>The entry's code without a sector (the state or group alone), or null for a sector word.</summary>
    public ActorCode? BareCode => _bare;

    public bool InOffice(DateOnly? date) =>
        Kind != MentionKind.Person || date is not { } d || ((From is null || d >= From) && (To is null || d <= To));
}
