using Sitrep.Domain;

namespace Sitrep.Coding.Tests;

/// <summary>One example of a spec file: a sentence, its publication date and the events it must (or must not) give.</summary>
public sealed record SpecExample(string File, int Line, string Title, string Sentence, DateOnly Published, IReadOnlyList<ExpectedEvent> Expected, bool NoEvents, string? Pending)
{
    /// <summary>"not: RUS ASSAULT UKR": no event of that type with those actors and recipients, hedged or not.</summary>
    public IReadOnlyList<ExpectedEvent> Forbidden { get; init; } = [];

    public override string ToString() => $"{File}:{Line} {Title}";
}

/// <summary>"PRK MOBILIZE RUS mode=… negated hedged attribution=KOR date=2024-11 actor-sector=MIL recipient-sector=GOV".</summary>
public sealed record ExpectedEvent(IReadOnlySet<string> Actors, EventType Type, IReadOnlySet<string> Recipients, IReadOnlyDictionary<string, string> Keys)
{
    public override string ToString() =>
        $"{Set(Actors)} {Type.Name()} {Set(Recipients)}" + string.Concat(Keys.Select(k => k.Value.Length == 0 ? $" {k.Key}" : $" {k.Key}={k.Value}"));

    public static string Set(IEnumerable<string> codes) => codes.Any() ? string.Join('+', codes.Order(StringComparer.Ordinal)) : "-";
}
