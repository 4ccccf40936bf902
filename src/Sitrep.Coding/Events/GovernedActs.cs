using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// "Pakistan refused to deploy peacekeepers in Iraq", "al-Qaeda threatened to deliver blows to the United States":
/// a refusal or threat governs the act in its "to" complement. That act did not happen, so it is not coded on
/// its own; whom it concerned is whom the refusal or threat concerns, when the governing verb names no one itself.
/// Likewise the act an accusation alleges ("accused X of shelling") is not coded as an act of the accuser.
/// </summary>
internal static class GovernedActs
{
    public static void Resolve(SentenceFrame f)
    {
        foreach (var g in f.Triggers)
        {
            if (g.Pattern.Type == EventType.Accuse) { SuppressAllegedAct(f, g); continue; }
            if (g.Pattern.Type is not (EventType.Reject or EventType.Threaten) || g.Actors.Count == 0) continue;
            if (!f.IsWord(g.End + 1, "to")) continue;
            foreach (var c in f.Triggers)
            {
                if (ReferenceEquals(c, g) || c.Index != g.End + 2) continue;
                if (g.Recipients.Count == 0)
                    foreach (var r in c.Recipients)
                        if (!g.Actors.Contains(r)) g.Recipients.Add(r);
                c.Actors.Clear();
                c.UnnamedActor = false;
                c.Reason = $"the act '{f.Slice(g.Index, g.End)}' governs, coded with it";
            }
        }
    }

    /// <summary>
    /// "charged the officers with torture", "accused Kyiv of shelling the plant": the act named after "of"/"with" is
    /// what the accusation alleges, not an act of the accuser; it is not coded on its own.
    /// </summary>
    private static void SuppressAllegedAct(SentenceFrame f, Trigger g)
    {
        foreach (var c in f.Triggers)
        {
            if (ReferenceEquals(c, g) || c.Index <= g.End || c.Index - g.End > 10) continue;
            if (!(f.IsWord(c.Index - 1, "of") || f.IsWord(c.Index - 1, "with"))) continue;
            var crossesClause = false;
            for (var j = g.End + 1; j < c.Index; j++)
                if (f.IsHardBoundary(j) || f.IsPunct(j, ',')) { crossesClause = true; break; }
            if (crossesClause) continue;
            c.Actors.Clear();
            c.UnnamedActor = false;
            c.Reason = $"the act alleged by '{f.Slice(g.Index, g.End)}'";
        }
    }
}
