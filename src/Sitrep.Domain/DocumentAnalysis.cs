namespace Sitrep.Domain;

/// <summary>Everything the coding stages found in one document; the unit that is stored in one transaction.</summary>
public sealed record DocumentAnalysis(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<ActorMention> Mentions,
    IReadOnlyList<CodedEvent> Events,
    IReadOnlyList<Claim> Claims);
