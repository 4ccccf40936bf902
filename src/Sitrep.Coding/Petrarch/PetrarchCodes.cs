using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>
/// CAMEO-style composite actor codes ("USAGOV", "IGOUNO", "PSEREBHMS", "ELR/GAL") and Sitrep's
/// <see cref="ActorCode"/>: the first three letters are the country, IGO, NGO or group code; the next three
/// are the sector when Sitrep knows that sector. The whole original code stays in <see cref="ActorCode.Entity"/>
/// so nothing is lost and PETRARCH-style codes can be rebuilt for comparison.
/// </summary>
public static class PetrarchCodes
{
    /// <summary>The null code "---": no actor, or no event. ("###" and "+++" of old TABARI files are not codes.)</summary>
    public static bool IsNull(string code) => code.Length > 0 && code.All(c => c == '-');

    /// <summary>An actor code: letters and digits, several joined by "/" ("FRO/BIL/SAM").</summary>
    public static bool IsActorCode(string code) => code.Any(char.IsAsciiLetter) && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '/');

    /// <summary>The actor for a PETRARCH code, or null for a null code. Several codes joined by "/" keep the first as the code.</summary>
    public static ActorCode? ToActorCode(string code)
    {
        code = code.Trim().ToUpperInvariant();
        if (IsNull(code) || !IsActorCode(code)) return null;
        var first = code.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        if (first.Length <= 3) return new ActorCode(first, null, code);
        var sector = first.Length >= 6 && Sectors.Known.Contains(first[3..6]) ? first[3..6] : null;
        return new ActorCode(first[..3], sector, code);
    }

    /// <summary>
    /// The PETRARCH codes an actor stands for: its original code (one per "/" alternative), with the sector
    /// appended when composition gave it one the code does not already contain ("ARN" + troops → "ARNMIL").
    /// </summary>
    public static IEnumerable<string> Of(ActorCode actor)
    {
        // Only an entity that is a PETRARCH code (it begins with the actor's code); Sitrep's own entity ids and names are not.
        // "NGOARN": an agent code placed before the country's is a code of this actor too.
        var entity = actor.Entity is { } e && (e.StartsWith(actor.Code, StringComparison.Ordinal) || (e.Length >= 6 && string.CompareOrdinal(e, 3, actor.Code, 0, 3) == 0))
            && !e.Contains(' ', StringComparison.Ordinal) ? e : actor.Code;
        foreach (var part in entity.Split('/', StringSplitOptions.RemoveEmptyEntries))
            yield return actor.Sector is { } s && !HasChunk(part, s) ? part + s : part;
    }

    private static bool HasChunk(string code, string chunk)
    {
        for (var i = 0; i + chunk.Length <= code.Length; i += 3)
            if (string.CompareOrdinal(code, i, chunk, 0, chunk.Length) == 0) return true;
        return false;
    }
}
