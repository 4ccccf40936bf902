using System.Diagnostics.CodeAnalysis;
using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// A hypothetical event "ACTOR EVENT TARGET" between two states, e.g. "UKR ASSAULT PRK" or
/// "RUS COERCE/occupy EST". The event may carry a PLOVER mode and context: "COERCE/seize/territory".
/// </summary>
public sealed record WhatIfTrigger(string Attacker, EventType Event, string Target)
{
    public string? Mode { get; init; }
    public string? Context { get; init; }

    public Hostility Hostility => HostilityRules.Classify(Event, Mode, Context);

    /// <summary>
    /// Reads "ACTOR EVENT[/MODE[/CONTEXT]] TARGET". Actor and target are ISO 3166 alpha-3 codes (any case; a
    /// sector suffix such as "RUS/MIL" is accepted and dropped, since treaties bind states); the event is one of
    /// the 16 PLOVER types. Returns false with a one-line reason instead of throwing: it reads user input.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WhatIfTrigger? trigger, [NotNullWhen(false)] out string? error)
    {
        trigger = null;
        var parts = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            error = $"expected \"ACTOR EVENT TARGET\" (e.g. \"UKR ASSAULT PRK\"), got \"{text}\"";
            return false;
        }
        if (!TryState(parts[0], out var attacker, out error) || !TryState(parts[2], out var target, out error)) return false;
        if (attacker == target)
        {
            error = $"actor and target are both {attacker}";
            return false;
        }
        var eventParts = parts[1].Split('/');
        if (eventParts.Length > 3 || !EventTypes.TryParse(eventParts[0], out var type))
        {
            error = $"'{parts[1]}' is not a PLOVER event type (AGREE … ASSAULT), optionally with /MODE[/CONTEXT]";
            return false;
        }
        trigger = new WhatIfTrigger(attacker, type, target)
        {
            Mode = eventParts.Length > 1 && eventParts[1].Length > 0 ? eventParts[1].ToLowerInvariant() : null,
            Context = eventParts.Length > 2 && eventParts[2].Length > 0 ? eventParts[2].ToLowerInvariant() : null,
        };
        return true;
    }

    public override string ToString()
    {
        var ev = Event.Name() + (Mode is null ? "" : "/" + Mode) + (Context is null ? "" : "/" + Context);
        return $"{Attacker} {ev} {Target}";
    }

    private static bool TryState(string token, out string code, [NotNullWhen(false)] out string? error)
    {
        var slash = token.IndexOf('/', StringComparison.Ordinal);
        code = (slash < 0 ? token : token[..slash]).ToUpperInvariant();
        if (code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        {
            error = null;
            return true;
        }
        error = $"'{token}' is not a three-letter country code (ISO 3166 alpha-3, e.g. UKR, PRK)";
        return false;
    }
}
