using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>An actor found in a sentence, by token indices (inclusive), before it becomes an <see cref="ActorMention"/>.</summary>
internal struct MentionSpan(int first, int last, ActorCode? actor, string? sector, MentionKind kind)
{
    public int First = first;
    public int Last = last;
    /// <summary>Null for a bare sector word ("troops") that names no one in particular.</summary>
    public ActorCode? Actor = actor;
    public string? Sector = sector;
    public MentionKind Kind = kind;
    /// <summary>Part of an attribution ("…, South Korea's spy agency said"): never an actor or recipient.</summary>
    public bool Speaker;
    /// <summary>The PETRARCH agent code of an imported sector word ("~MOP", "NGO~"); see <see cref="AgentCodes"/>.</summary>
    public string? Agent;
    /// <summary>A possessive pronoun ("its", "their") that names an actor only when a sector word follows.</summary>
    public bool Pronoun;

    /// <summary>The owner of a relation ("Ukraine's allies", "Kyiv's backers"): named, but neither actor nor recipient.</summary>
    public bool Possessor;

    public readonly bool IsActor => Actor is not null && !Possessor;
}
