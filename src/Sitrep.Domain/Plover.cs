namespace Sitrep.Domain;

/// <summary>The 16 PLOVER event types (PLOVER manual, "Event, Mode, and Context").</summary>
public enum EventType
{
    Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request,
    Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
}

public static class EventTypes
{
    public static string Name(this EventType t) => t.ToString().ToUpperInvariant();

    public static bool TryParse(string? s, out EventType type) =>
        Enum.TryParse(s?.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);

    /// <summary>The PLOVER quad category of a type.</summary>
    public static Quad QuadOf(this EventType t) => t switch
    {
        EventType.Agree or EventType.Consult or EventType.Support or EventType.Concede => Quad.VerbalCooperation,
        EventType.Cooperate or EventType.Aid or EventType.Retreat => Quad.MaterialCooperation,
        EventType.Request or EventType.Accuse or EventType.Reject or EventType.Threaten => Quad.VerbalConflict,
        _ => Quad.MaterialConflict,
    };
}

public enum Quad { VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict }
