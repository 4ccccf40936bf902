using Sitrep.Coding;
using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores one gold record against what the coder produced for its text. Kept apart from the coder so the
/// metric definitions can be tested with hand-made event lists.
/// </summary>
public static class Scoring
{
    public static RecordResult Score(GoldRecord gold, IReadOnlyList<CodedEvent> produced) => Score(gold, produced, []);

    public static RecordResult Score(GoldRecord gold, IReadOnlyList<CodedEvent> produced, IReadOnlyList<CodingNote> notes)
    {
        var chosen = Choose(gold, produced);
        var typeCorrect = chosen is not null && chosen.Type == gold.Event;
        var actors = CodeMatch.Of(gold.Source, chosen?.Actors);
        var recipients = CodeMatch.Of(gold.Target, chosen?.Recipients);
        bool? modeCorrect = string.IsNullOrWhiteSpace(gold.Mode)
            ? null
            : chosen?.Mode is { } mode && string.Equals(mode.Trim(), gold.Mode.Trim(), StringComparison.OrdinalIgnoreCase);
        return new RecordResult(
            gold, produced, chosen, typeCorrect, actors.SetsEqual, recipients.SetsEqual,
            Exact: typeCorrect && actors.SetsEqual && recipients.SetsEqual,
            modeCorrect, notes);
    }

    /// <summary>
    /// The event compared with the gold one: a non-negated event of the gold type (the one whose actors overlap the
    /// gold source most, the earliest on a tie), else the first non-negated event, else none.
    /// Negated events never count: "did not attack" is not an attack.
    /// </summary>
    public static CodedEvent? Choose(GoldRecord gold, IReadOnlyList<CodedEvent> produced)
    {
        CodedEvent? best = null;
        var bestOverlap = -1;
        CodedEvent? firstAffirmed = null;
        foreach (var e in produced)
        {
            if (e.Negated) continue;
            firstAffirmed ??= e;
            if (e.Type != gold.Event) continue;
            var overlap = CodeMatch.Overlap(gold.Source, e.Actors);
            if (overlap > bestOverlap) (best, bestOverlap) = (e, overlap);
        }
        return best ?? firstAffirmed;
    }
}
