namespace Sitrep.Coding;

/// <summary>
/// What a word can start, by dictionary: kept per word number in the <see cref="Vocabulary"/> (one byte each, so the
/// whole table stays in the cache) and copied per token by <see cref="SentenceFrame.Lex"/>, so each matcher passes over
/// the tokens it cannot use without touching its own, much larger, structures.
/// </summary>
[Flags]
public enum WordRoles : byte
{
    None = 0,
    /// <summary>The first word of an actor phrase.</summary>
    StartsActor = 1,
    /// <summary>The first word of a modifier phrase (speech, negation, prepositions…).</summary>
    StartsModifier = 2,
    /// <summary>A form of an event pattern's trigger.</summary>
    Trigger = 4,
    /// <summary>The first word of a claim subject ("troops", "civilians").</summary>
    StartsSubject = 8,
    /// <summary>The first word of a weapon phrase in means.txt ("artillery", "drones").</summary>
    StartsMeans = 16,
}
