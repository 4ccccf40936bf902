using Sitrep.Domain;

namespace Sitrep.Reconcile.Tests.Fixtures;

/// <summary>
/// Builds claims and events the way the coding stage would emit them from short news sentences,
/// so each test reads like the reports it stands for.
/// </summary>
internal static class Reports
{
    public static Claim Claim(
        string id, string doc, string text, string subject, string? date,
        double? value = null, double? low = null, double? high = null, string? qualifier = null,
        string? actor = "PRK", string? sector = "MIL", string? unit = null, bool hedged = false) => new()
        {
            Id = id,
            At = new Provenance(doc, 0, new TextSpan(0, text.Length)),
            Text = text,
            Subject = subject,
            Actor = actor is null ? null : new ActorCode(actor, sector),
            Value = value,
            Low = low,
            High = high,
            Qualifier = qualifier,
            Unit = unit,
            Date = date is null ? null : PartialDate.Parse(date),
            Hedged = hedged,
        };

    public static CodedEvent Event(
        string id, string doc, string text, EventType type, string? date,
        string[] actors, string[] recipients, bool negated = false) => new()
        {
            Id = id,
            At = new Provenance(doc, 0, new TextSpan(0, text.Length)),
            Text = text,
            Type = type,
            Date = date is null ? null : PartialDate.Parse(date),
            Actors = [.. actors.Select(a => Mention(doc, a))],
            Recipients = [.. recipients.Select(r => Mention(doc, r))],
            Negated = negated,
        };

    /// <summary>Sources from (document, outlet, publication day) triples; null outlet or day when unknown.</summary>
    public static Dictionary<string, SourceInfo> Sources(params (string Doc, string? Outlet, string? Published)[] docs) =>
        docs.ToDictionary(
            d => d.Doc,
            d => new SourceInfo(d.Doc, d.Outlet, d.Published is null ? null : DateOnly.Parse(d.Published, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>"RUS/MIL" → code RUS, sector MIL; "UKR" → code only.</summary>
    private static ActorMention Mention(string doc, string coded)
    {
        var slash = coded.IndexOf('/', StringComparison.Ordinal);
        var actor = slash < 0 ? new ActorCode(coded) : new ActorCode(coded[..slash], coded[(slash + 1)..]);
        return new ActorMention { At = new Provenance(doc, 0, new TextSpan(0, 1)), Text = coded, Actor = actor };
    }
}
