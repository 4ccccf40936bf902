using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>Turns event readings into <see cref="SupportFact"/>s: who acted for, or fought, whom.</summary>
internal static class SupportFacts
{
    // Acting together is acting for each other: "Russia and North Korea signed a pact" is support both ways.
    private static readonly EventType[] JointTypes = [EventType.Support, EventType.Agree, EventType.Consult, EventType.Cooperate];

    public static void Add(EventReading r, List<SupportFact> into)
    {
        if (r.Stance == Stance.Excluded) return;
        if (r.Event.Type == EventType.Assault) AddFighting(r, into);
        else if (r.Given is { } given) AddHelp(r, given, into);
    }

    /// <summary>
    /// An attack on a recipient is combat against it; an attack on a supporter's forces ("Ukrainian units clashed
    /// with North Korean soldiers") is combat for the supporter too. An [ally] cue makes it combat beside the
    /// recipient. With no recipient, a military actor's fighting is combat against an unnamed opponent.
    /// </summary>
    private static void AddFighting(EventReading r, List<SupportFact> into)
    {
        foreach (var a in r.Actors)
        {
            if (r.Recipients.Count == 0 && r.MilitaryActors.Contains(a))
                into.Add(new SupportFact(a, null, null, Rung.Combat, r.Stance, r));
            foreach (var target in r.Recipients)
            {
                if (target == a) continue;
                if (r.AllyRecipients.Contains(target))
                {
                    into.Add(new SupportFact(a, target, null, Rung.Combat, r.Stance, r));
                    continue;
                }
                into.Add(new SupportFact(a, null, target, Rung.Combat, r.Stance, r));
                if (r.MilitaryRecipients.Contains(target))
                    into.Add(new SupportFact(target, null, a, Rung.Combat, r.Stance, r));
            }
        }
    }

    private static void AddHelp(EventReading r, Rung given, List<SupportFact> into)
    {
        foreach (var a in r.Actors)
        {
            foreach (var b in r.Recipients)
                if (b != a) AddFor(r, a, b, given, into);
            if (!JointTypes.Contains(r.Event.Type)) continue;
            foreach (var b in r.Actors)
                if (b != a) AddFor(r, a, b, given, into);
        }
    }

    private static void AddFor(EventReading r, string supporter, string party, Rung given, List<SupportFact> into)
    {
        into.Add(new SupportFact(supporter, party, null, given, r.Stance, r));
        if (r.Promised is { } promised && promised > given)
            into.Add(new SupportFact(supporter, party, null, promised, Stance.Possible, r));
    }
}
