using System.Collections.Frozen;
using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Violence whose perpetrator the text does not name is still an event: "three civilians were killed in a car
/// bombing", "a roadside bomb killed two soldiers", "gunmen wounded a police officer". PLOVER codes such an
/// ASSAULT with its victims as recipient and no actor. Only ASSAULT qualifies, only with a victim that codes to
/// an actor, and in the active voice only when the subject is violent means or unnamed attackers, so that
/// "floods killed three villagers" or an unknown name before "attacked" never become an attack by no one.
/// </summary>
internal static class UnnamedAttacker
{
    private static readonly FrozenSet<string> AttackWords = new[]
    {
        "attack", "attacks", "ambush", "ambushes", "raid", "raids", "gunmen", "gunman", "attackers", "attacker",
        "assailants", "assailant", "bomber", "bombers", "militants", "insurgents", "snipers", "sniper", "shooting",
        "shootings", "explosion", "explosions", "blast", "blasts", "bomb", "bombs", "bombing", "bombings", "mine",
        "landmine", "mortar", "shell", "shelling", "rocket", "rockets", "missile", "grenade", "airstrike", "drone",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = AttackWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A passive ASSAULT with a victim as subject and no "by" phrase: the attacker is unknown.</summary>
    public static bool AgentlessPassive(Trigger t) =>
        t.Pattern.Type == EventType.Assault && t.Passive && t.Actors.Count == 0 && t.Recipients.Count > 0;

    /// <summary>An active ASSAULT with no actor whose subject, between the clause start and the verb, names the means or unnamed attackers.</summary>
    public static bool MeansAsSubject(SentenceFrame f, Trigger t, int clauseStart)
    {
        if (t.Pattern.Type != EventType.Assault || t.Actors.Count > 0) return false;
        for (var j = clauseStart; j < t.Index; j++)
        {
            var tok = f.Tokens[j];
            if (tok.Kind == TokenKind.Word && Lookup.Contains(tok.In(f.Text))) return true;
        }
        return false;
    }
}
