using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

/// <summary>
/// Builds a small news corpus as the coder would code it: one event per sentence, with the trigger, mentions
/// and their sectors found in the sentence, each document from a named outlet.
/// </summary>
internal sealed class Newsroom
{
    private readonly Dictionary<string, string?> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sentences = new(StringComparer.Ordinal);
    private readonly List<CodedEvent> _events = [];

    public IReadOnlyList<CodedEvent> Events => _events;

    /// <summary>Adds one coded sentence. Actors and recipients are "words=CODE" or "words=CODE/SECTOR".</summary>
    public CodedEvent Report(
        string document, string? outlet, string date, string sentence, EventType type, string trigger, string[] actors, string[] recipients,
        string? cameo = null, string? context = null, string? mode = null, bool hedged = false, bool negated = false, string? wholeSentence = null)
    {
        _outlets[document] = outlet;
        var index = _events.Count(e => e.At.DocumentId == document);
        Assert.True(sentence.Contains(trigger, StringComparison.Ordinal), $"trigger '{trigger}' not in '{sentence}'");
        var e = new CodedEvent
        {
            Id = $"{document}.{index}",
            At = new Provenance(document, index, new TextSpan(0, sentence.Length)),
            Text = sentence,
            Type = type,
            Mode = mode,
            Context = context,
            Cameo = cameo,
            Date = PartialDate.Parse(date),
            Actors = [.. actors.Select(a => Mention(document, index, sentence, a))],
            Recipients = [.. recipients.Select(r => Mention(document, index, sentence, r))],
            Hedged = hedged,
            Negated = negated,
            Trigger = trigger,
        };
        _events.Add(e);
        _sentences[e.Id] = wholeSentence ?? sentence;
        return e;
    }

    /// <summary>Two reports from different outlets of Russian attacks on Ukraine, so the war RUS–UKR exists from <paramref name="date"/>.</summary>
    public Newsroom RussiaAtWarWithUkraine(string date = "2022-02-24")
    {
        Report("war1", "Harbour Signal", date, "Russian forces attacked Ukraine from the north, east and south", EventType.Assault, "attacked",
            ["Russian forces=RUS/MIL"], ["Ukraine=UKR"], cameo: "190", context: "military");
        Report("war2", "Baltic Wire", date, "Russia launched a full-scale invasion of Ukraine", EventType.Assault, "launched a full-scale invasion of",
            ["Russia=RUS"], ["Ukraine=UKR"], cameo: "190", context: "military");
        return this;
    }

    public string? OutletOf(string document) => _outlets.GetValueOrDefault(document);

    public string? SentenceOf(CodedEvent e) => _sentences.GetValueOrDefault(e.Id);

    public EscalationReport Analyze(DateOnly? asOf = null, EscalationOptions? options = null) =>
        EscalationAnalyzer.Analyze(_events, OutletOf, TreatyBook.LoadBuiltIn(), asOf, (options ?? new EscalationOptions()) with { SentenceOf = SentenceOf });

    private static ActorMention Mention(string document, int index, string sentence, string spec)
    {
        var eq = spec.LastIndexOf('=');
        var words = spec[..eq];
        var code = spec[(eq + 1)..].Split('/');
        var start = sentence.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' not in '{sentence}'");
        return new ActorMention
        {
            At = new Provenance(document, index, new TextSpan(start, start + words.Length)),
            Text = words,
            Actor = new ActorCode(code[0], code.Length > 1 ? code[1] : null),
        };
    }
}

internal static class LadderQueries
{
    public static Ladder Ladder(this EscalationReport report, string supporter, string supported, string opponent) =>
        Assert.Single(report.Ladders, l => l.Supporter == supporter && l.Supported == supported && l.Opponent == opponent);

    public static RungReport At(this Ladder ladder, Rung rung) => Assert.Single(ladder.History, h => h.Rung == rung);
}
