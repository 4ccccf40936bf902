using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>One element after the trigger: literal alternatives, or a gap of up to <see cref="MaxGap"/> tokens.</summary>
public sealed record PatternElement(string[]? Words)
{
    public const int MaxGap = 6;
    public bool IsGap => Words is null;
    public static readonly PatternElement Gap = new((string[]?)null);
}

[Flags]
public enum PatternFlags
{
    None = 0,
    /// <summary>The grammatical subject receives the action ("came under fire from").</summary>
    SubjectIsRecipient = 1,
    /// <summary>Only code when an actor follows the trigger in the clause.</summary>
    NeedsObject = 2,
    /// <summary>A nominal trigger ("Russian strikes on Kharkiv"): the actor is the modifier or the by-phrase.</summary>
    Noun = 4,
}

/// <summary>A line of verbs.txt: trigger + following words → PLOVER type, mode, context and CAMEO code.</summary>
public sealed record EventPattern(
    string Text,
    string Lemma,
    bool Literal,
    IReadOnlyList<PatternElement> Elements,
    EventType Type,
    string? Mode,
    string? Context,
    string? Cameo,
    PatternFlags Flags,
    string Source)
{
    /// <summary>How specific the pattern is: the number of literal words it requires after the trigger.</summary>
    public int Specificity { get; } = Elements.Count(e => !e.IsGap);
}
