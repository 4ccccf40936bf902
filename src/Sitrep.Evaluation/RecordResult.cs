using Sitrep.Coding;
using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// How the coder did on one gold record: everything it produced, the event compared with the gold one
/// (<see cref="Chosen"/>), which parts matched, and the coder's notes on what it rejected.
/// </summary>
public sealed record RecordResult(
    GoldRecord Gold,
    IReadOnlyList<CodedEvent> Produced,
    CodedEvent? Chosen,
    bool TypeCorrect,
    bool ActorsCorrect,
    bool RecipientsCorrect,
    bool Exact,
    bool? ModeCorrect,
    IReadOnlyList<CodingNote> Notes)
{
    /// <summary>Parts scored right: type, actors, recipients, and mode when the gold record has one.</summary>
    public int CorrectParts => (TypeCorrect ? 1 : 0) + (ActorsCorrect ? 1 : 0) + (RecipientsCorrect ? 1 : 0) + (ModeCorrect == true ? 1 : 0);
}
