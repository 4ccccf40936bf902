using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// "Pakistan refused to deploy peacekeepers in Iraq", "al-Qaeda threatened to deliver blows to the United States":
/// a refusal or threat governs the act in its "to" complement. That act did not happen, so it is not coded on
/// its own; whom it concerned is whom the refusal or threat concerns, when the governing verb names no one itself.
/// </summary>
internal static class GovernedActs
{
    public static void Resolve(SentenceFrame f)
    {
        foreach (var g in f.Triggers)
        {
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
}
