using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// What corroboration compares of one event, computed once: its source, its date (its own, else its
/// document's publication day), and the actor and recipient codes (sector ignored) as sorted, distinct arrays.
/// </summary>
internal sealed record EventFacts(
    CodedEvent Event, string Source, PartialDate Date, string[] Actors, string[] Recipients)
{
    /// <summary>Null when the event is undated: it can then be placed in no window.</summary>
    public static EventFacts? Of(CodedEvent e, IReadOnlyDictionary<string, SourceInfo> sources) =>
        EffectiveDates.Of(e.Date, e.At.DocumentId, sources) is { } date
            ? new(e, SourceKeys.Of(e.At.DocumentId, sources), date, CodesOf(e.Actors), CodesOf(e.Recipients))
            : null;

    public int FirstDay => Date.Earliest.DayNumber;
    public int LastDay => Date.Latest.DayNumber;

    public string DocumentId => Event.At.DocumentId;

    /// <summary>Both sides empty counts as the same (unnamed) side; one empty and one named does not.</summary>
    public static bool SameSide(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return a.Length == b.Length;
        // Both sorted: a merge walk finds a shared code without allocating.
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0) return true;
            if (c < 0) i++; else j++;
        }
        return false;
    }

    /// <summary>Date order (earliest first, then the less precise date), then id.</summary>
    public static int ByDateThenId(EventFacts a, EventFacts b)
    {
        var c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Event.Id, b.Event.Id);
    }

    /// <summary>Distinct codes of some mentions, sorted (sector ignored).</summary>
    public static string[] CodesOf(IReadOnlyList<ActorMention> mentions)
    {
        if (mentions.Count == 0) return [];
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions) codes.Add(m.Actor.Code);
        return [.. codes];
    }
}
