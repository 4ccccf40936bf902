using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// "Ukraine asked the European Union to sanction the officers": the act asked for is not done by the asker, nor done
/// at all yet. The request is the event (as the folded patterns "call on * to stop", "ask * to release" already
/// code it); an infinitive verb that completes an earlier REQUEST in the same clause is dropped, including a chain
/// of them ("urged allies to supply missiles and to allow Ukraine to strike").
/// </summary>
internal static class RequestedActs
{
    private const int MaxDistance = 20;

    public static void Remove(SentenceFrame f)
    {
        for (var i = f.Triggers.Count - 1; i >= 0; i--)
        {
            var t = f.Triggers[i];
            if ((t.Pattern.Flags & PatternFlags.Noun) != 0 || !f.IsWord(t.Index - 1, "to")) continue;
            if (CompletesRequest(f, t)) f.Triggers.RemoveAt(i);
        }
    }

    private static bool CompletesRequest(SentenceFrame f, Trigger t)
    {
        var start = RoleFinder.ClauseStart(f, t.Index);
        foreach (var r in f.Triggers)
        {
            if (r.Index >= t.Index) break;
            if (r.Pattern.Type != EventType.Request || r.End >= t.Index || r.Index < start || t.Index - r.End > MaxDistance) continue;
            var crossesBoundary = false;
            for (var j = r.End + 1; j < t.Index && !crossesBoundary; j++) crossesBoundary = f.IsHardBoundary(j);
            if (!crossesBoundary) return true;
        }
        return false;
    }
}
