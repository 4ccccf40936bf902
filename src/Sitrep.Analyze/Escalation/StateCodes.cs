using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>Which actor codes are states: the ladder is about states being drawn into other states' wars.</summary>
internal static class StateCodes
{
    // Three capitals that are not countries in the actor dictionaries (entities.txt): organisations and groups.
    private static readonly HashSet<string> NonStates = new(StringComparer.Ordinal) { "IGO", "IMG", "NGO", "MNC", "UNK" };

    public static bool IsState(ActorCode actor) =>
        actor.Code.Length == 3 && actor.Code.All(char.IsAsciiLetterUpper) && !NonStates.Contains(actor.Code);

    /// <summary>The distinct states among <paramref name="mentions"/>, in order of first mention.</summary>
    public static List<string> Of(IEnumerable<ActorMention> mentions)
    {
        var codes = new List<string>(2);
        foreach (var m in mentions)
            if (IsState(m.Actor) && !codes.Contains(m.Actor.Code)) codes.Add(m.Actor.Code);
        return codes;
    }
}
