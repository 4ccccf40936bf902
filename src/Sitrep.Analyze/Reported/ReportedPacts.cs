using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// Finds pacts between states in coded events. Analyze knows nothing of the store: the caller reads the events
/// (and, when it can, the sentence each came from) and passes them in.
/// </summary>
public static class ReportedPacts
{
    // Signing a treaty is CAMEO 057, which PLOVER (and Sitrep's verb dictionary) files under SUPPORT; agreeing
    // and cooperating are AGREE and COOPERATE. Other types do not report a pact being made.
    private static readonly EventType[] PactTypes = [EventType.Agree, EventType.Support, EventType.Cooperate];

    // A pact binds states through their governments: rebels, opposition or civilians coded to a state do not.
    private static readonly HashSet<string?> StateSectors = [null, "GOV", "MIL", "LEG"];

    // Codes that look like countries but are not (entities.txt): intergovernmental, militarised and NGO groups.
    private static readonly HashSet<string> NonStates = ["IGO", "IMG", "NGO"];

    /// <summary>
    /// Groups the AGREE, SUPPORT or COOPERATE events whose words (or sentence) mention a treaty, pact, alliance,
    /// mutual defence or mutual assistance and that name at least two states, by their set of states. Negated
    /// events ("denied signing") are skipped.
    /// </summary>
    public static IReadOnlyList<ReportedPact> Find(IEnumerable<CodedEvent> events, Func<CodedEvent, string?>? sentenceOf = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var groups = new Dictionary<string, List<(CodedEvent Event, bool Defence)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in events)
        {
            if (e.Negated || !PactTypes.Contains(e.Type)) continue;
            var text = sentenceOf?.Invoke(e) is { Length: > 0 } sentence ? e.Text + "\n" + sentence : e.Text;
            if (!PactWords.MentionsPact(text)) continue;
            var parties = StatesOf(e);
            if (parties.Count < 2) continue;
            var key = string.Join('-', parties);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }
            list.Add((e, PactWords.MentionsDefence(text)));
        }
        return [.. order.Select(key => Merge(key, groups[key]))];
    }

    private static ReportedPact Merge(string key, List<(CodedEvent Event, bool Defence)> reports)
    {
        // One report calling it a defence pact is enough: other reports of the same signing often say only "treaty".
        var defence = reports.Exists(r => r.Defence);
        var dates = reports.Select(r => r.Event.Date).OfType<PartialDate>().ToList();
        return new ReportedPact(key.Split('-'), defence ? Obligation.Defence : null, dates.Count == 0 ? null : dates.Min(),
            [.. reports.Select(r => r.Event.Id)])
        {
            Hedged = reports.TrueForAll(r => r.Event.Hedged),
            Text = reports[0].Event.Text,
        };
    }

    private static List<string> StatesOf(CodedEvent e)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mention in e.Actors.Concat(e.Recipients))
        {
            var actor = mention.Actor;
            if (TreatyFileParser.IsCode(actor.Code) && !NonStates.Contains(actor.Code) && StateSectors.Contains(actor.Sector))
                codes.Add(actor.Code);
        }
        return [.. codes];
    }
}
