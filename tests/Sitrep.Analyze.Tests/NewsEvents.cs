using Sitrep.Domain;

namespace Sitrep.Analyze.Tests;

/// <summary>Builds coded events from news sentences, with spans found in the sentence so provenance is real.</summary>
internal static class NewsEvents
{
    public static CodedEvent Make(
        string id, string sentence, EventType type, string date, (string Words, string Code)[] actors, (string Words, string Code)[] recipients,
        string? sector = "GOV", bool hedged = false, bool negated = false)
    {
        var doc = id.Split('.')[0];
        return new CodedEvent
        {
            Id = id,
            At = new Provenance(doc, 0, new TextSpan(0, sentence.Length)),
            Text = sentence,
            Type = type,
            Date = PartialDate.Parse(date),
            Actors = [.. actors.Select(a => Mention(doc, sentence, a.Words, a.Code, sector))],
            Recipients = [.. recipients.Select(r => Mention(doc, sentence, r.Words, r.Code, sector))],
            Hedged = hedged,
            Negated = negated,
        };
    }

    private static ActorMention Mention(string doc, string sentence, string words, string code, string? sector)
    {
        var start = sentence.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' not in sentence");
        return new ActorMention
        {
            At = new Provenance(doc, 0, new TextSpan(start, start + words.Length)),
            Text = words,
            Actor = new ActorCode(code, sector),
        };
    }
}
