using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// A supporter first reported at a rung higher than any it had reached before. <see cref="From"/> is null when
/// the supporter enters the ladder above the diplomatic rung (a first report of shells is news; a first
/// statement of support is not).
/// </summary>
public sealed record EscalationAlert(PartialDate Date, string Supporter, string Supported, string Opponent, Rung? From, Rung To, IReadOnlyList<string> Evidence);
