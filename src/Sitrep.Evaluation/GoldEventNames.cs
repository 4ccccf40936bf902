using Sitrep.Domain;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads a gold record's event name, including the names older PLOVER drafts used. INVESTIGATE became
/// ACCUSE with mode "investigate", so that mode is implied when the record gives none.
/// </summary>
public static class GoldEventNames
{
    public static bool TryParse(string? name, out EventType type, out string? impliedMode)
    {
        impliedMode = null;
        type = default;
        var n = name?.Trim() ?? "";
        if (n.Length == 0 || !n.All(char.IsAsciiLetter)) return false; // Enum.TryParse would accept "3"
        switch (n.ToUpperInvariant())
        {
            case "DEMAND": type = EventType.Request; return true;
            case "DISAPPROVE": type = EventType.Accuse; return true;
            case "INVESTIGATE": type = EventType.Accuse; impliedMode = "investigate"; return true;
            case "FIGHT": type = EventType.Assault; return true;
            default: return EventTypes.TryParse(n, out type);
        }
    }
}
