using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>How a hypothetical event engages treaties.</summary>
public enum Hostility
{
    /// <summary>Not a hostile act (AGREE, AID …): no treaty obligation is engaged.</summary>
    None,

    /// <summary>A threat or coercion short of attack: consultation clauses apply, defence clauses do not.</summary>
    Threat,

    /// <summary>An armed attack: defence clauses apply.</summary>
    ArmedAttack,
}

public static class HostilityRules
{
    /// <summary>
    /// ASSAULT is an armed attack whatever its mode. COERCE is one only when it takes or closes off territory:
    /// occupation or annexation (mode seize with context territory, CAMEO 192; or the words occupy/annex) and
    /// military blockade (mode restrict with context military, CAMEO 191; or the word blockade), the acts UN
    /// General Assembly resolution 3314 (1974), Article 3(a) and (c), lists as aggression. Other coercion (seizing
    /// a tanker, arrests, cyber operations) and THREATEN and MOBILIZE are threats: they call for consultation,
    /// not for defence. Everything else engages nothing.
    /// </summary>
    public static Hostility Classify(EventType type, string? mode = null, string? context = null)
    {
        var m = mode?.Trim().ToLowerInvariant();
        var c = context?.Trim().ToLowerInvariant();
        return type switch
        {
            EventType.Assault => Hostility.ArmedAttack,
            EventType.Coerce when m is "occupy" or "annex" or "blockade" => Hostility.ArmedAttack,
            EventType.Coerce when (m == "seize" && c == "territory") || (m == "restrict" && c == "military") => Hostility.ArmedAttack,
            EventType.Coerce or EventType.Threaten or EventType.Mobilize => Hostility.Threat,
            _ => Hostility.None,
        };
    }

    /// <summary>The word used in JSON: none, threat, armed-attack.</summary>
    public static string Name(this Hostility hostility) => hostility switch
    {
        Hostility.ArmedAttack => "armed-attack",
        Hostility.Threat => "threat",
        _ => "none",
    };
}
