using Sitrep.Domain;

namespace Sitrep.Coding;

/// <summary>
/// PETRARCH agent codes kept on imported sector words ("MAIN_OPPOSITION_GROUP [~MOP]" → "~MOP", "MSF [NGO~]" →
/// "NGO~"), and the composite code an actor gets when such a word joins it: the suffix goes after the actor's
/// code ("Gondor's main opposition group" → GONMOP), the prefix before it ("MSF Arnor" → NGOARN). Sitrep's own
/// sector words carry no agent code, so nothing here changes how built-in dictionaries code.
/// </summary>
internal static class AgentCodes
{
    /// <summary>Is <paramref name="entity"/> an agent code with its "~" ("~GOVFRM", "NGO~")?</summary>
    public static bool IsAgent(string? entity) => entity is { Length: > 1 } e && (e[0] == '~' || e[^1] == '~');

    public static bool IsPrefix(string? agent) => IsAgent(agent) && agent![^1] == '~';

    /// <summary>
    /// The actor with the agent joined to it and the given sector. The composite code goes to
    /// <see cref="ActorCode.Entity"/> only when the actor's entity is itself a code (or absent); a named entity
    /// ("Wagner Group") is kept as it is.
    /// </summary>
    public static ActorCode Join(ActorCode head, string? sector, string? agent)
    {
        if (!IsAgent(agent)) return head with { Sector = sector };
        var basis = head.Entity ?? head.Code;
        if (!IsCode(basis)) return head with { Sector = sector };
        var chunk = agent!.Trim('~');
        var joined = agent[0] == '~'
            ? (HasChunk(basis, chunk) ? basis : basis + chunk)
            : (basis.StartsWith(chunk, StringComparison.Ordinal) ? basis : chunk + basis);
        return new ActorCode(head.Code, sector, joined);
    }

    private static bool IsCode(string s) => s.Length >= 3 && s.All(char.IsAsciiLetterOrDigit);

    private static bool HasChunk(string code, string chunk)
    {
        for (var i = 0; i + chunk.Length <= code.Length; i += 3)
            if (string.CompareOrdinal(code, i, chunk, 0, chunk.Length) == 0) return true;
        return false;
    }
}
