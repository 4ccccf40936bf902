using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// One human-coded PLOVER gold-standard record: the sentence, who did what to whom, and how.
/// Legacy event names are already mapped to the current ones (see <see cref="GoldEventNames"/>).
/// </summary>
public sealed record GoldRecord(
    string Id,
    DateOnly Date,
    IReadOnlyList<GoldActor> Source,
    IReadOnlyList<GoldActor> Target,
    EventType Event,
    string? Mode,
    string? Context,
    string Text);

/// <summary>An actor as the gold coder wrote it: the words, the 3-letter code (country or IGO/NGO…), and the sector when given.</summary>
public sealed record GoldActor(string Text, string Code, string? Sector);
