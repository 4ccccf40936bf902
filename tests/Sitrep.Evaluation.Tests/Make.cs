using Sitrep.Domain;

namespace Sitrep.Evaluation.Tests;

/// <summary>Hand-made gold records and coded events, so the metrics can be checked without running the coder.</summary>
internal static class Make
{
    public static GoldRecord Gold(EventType type, string[] source, string[] target, string? mode = null, string id = "T-1") =>
        new(id, new DateOnly(2024, 3, 14), [.. source.Select(c => new GoldActor(c, c, null))], [.. target.Select(c => new GoldActor(c, c, null))],
            type, mode, null, "Sentence text is not read by the scorer.");

    public static CodedEvent Event(EventType type, string[] actors, string[] recipients, string? mode = null, bool negated = false, string trigger = "attacked") => new()
    {
        Id = $"doc.0.{trigger}.{type}",
        At = new Provenance("doc", 0, new TextSpan(0, 10)),
        Text = trigger,
        Type = type,
        Mode = mode,
        Date = new PartialDate(2024, 3, 14),
        Actors = [.. actors.Select(Mention)],
        Recipients = [.. recipients.Select(Mention)],
        Negated = negated,
        Trigger = trigger,
        Pattern = $"{trigger.TrimEnd('d', 'e')} (verbs.txt:10)",
    };

    /// <summary>"RUS/MIL" → code RUS, sector MIL.</summary>
    public static ActorMention Mention(string code)
    {
        var parts = code.Split('/');
        return new ActorMention
        {
            At = new Provenance("doc", 0, new TextSpan(0, 3)),
            Text = parts[0],
            Actor = new ActorCode(parts[0], parts.Length > 1 ? parts[1] : null),
            Kind = MentionKind.Name,
        };
    }
}
