using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// What one coded event says for the ladder: how sure the report is, what was given (for cooperative types),
/// which recipients the actor fights beside rather than against, and the latest year its sentence names.
/// </summary>
internal sealed record EventReading(CodedEvent Event, PartialDate Date, Stance Stance)
{
    public required List<string> Actors { get; init; }
    public required List<string> Recipients { get; init; }

    /// <summary>Recipient states an ASSAULT puts the actor beside ("fighting alongside Russian forces").</summary>
    public required HashSet<string> AllyRecipients { get; init; }

    /// <summary>The rung a cooperative event reached or would reach; null for types that give nothing.</summary>
    public Rung? Given { get; init; }

    /// <summary>For AGREE: the goods promised ("offered air-defence systems"), a possibility above the diplomatic rung.</summary>
    public Rung? Promised { get; init; }

    /// <summary>Actor states whose mention is their military ("North Korean troops are fighting"): needed when no opponent is named.</summary>
    public required HashSet<string> MilitaryActors { get; init; }

    /// <summary>Recipient states whose mention is their military ("North Korean troops").</summary>
    public required HashSet<string> MilitaryRecipients { get; init; }

    /// <summary>The latest year the sentence writes out, if any; read only when asked, since it may load the sentence.</summary>
    public required Lazy<int?> LatestYearNamed { get; init; }
}
