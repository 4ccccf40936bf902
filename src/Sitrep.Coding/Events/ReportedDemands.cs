using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// "Russia said on Tuesday that Sudan must return the helicopter": a speaker saying another actor must, should or
/// has to act is making a demand of it (PLOVER REQUEST, CAMEO 100), whatever the demanded act is.
/// </summary>
internal static class ReportedDemands
{
    private static readonly EventPattern Pattern = new(
        "X said Y must/should …", "must", Literal: true, [], EventType.Request, null, null, "100", PatternFlags.None, "rule: reported obligation");

    public static void Find(SentenceFrame f)
    {
        foreach (var a in f.Attributions)
        {
            // Only "X said (that) Y must …": the speaker leads and the attribution covers what follows.
            if (a.Speaker < 0 || a.AppliesFrom <= a.Last || f.Mentions[a.Speaker].Actor is null) continue;
            for (var j = a.AppliesFrom; j < f.Tokens.Count; j++)
            {
                if (!f.Is(j, Modifier.Obligation)) continue;
                var subject = SubjectBefore(f, j, a.AppliesFrom);
                if (subject < 0 || f.Mentions[subject].Actor!.Code == f.Mentions[a.Speaker].Actor!.Code) break;
                var t = new Trigger(j, j + f.ModLength[j] - 1, Pattern, IsParticiple: false, []);
                t.Actors.Add(a.Speaker);
                t.Recipients.Add(subject);
                f.Triggers.Add(t);
                break;
            }
        }
        f.Triggers.Sort((x, y) => x.Index.CompareTo(y.Index));
    }

    private static int SubjectBefore(SentenceFrame f, int modal, int from)
    {
        for (var j = modal - 1; j >= from && modal - j <= 8; j--)
        {
            var m = f.MentionAt[j];
            if (m >= 0 && f.Mentions[m].IsActor && !f.Mentions[m].Speaker) return m;
        }
        return -1;
    }
}
