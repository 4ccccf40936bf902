namespace Sitrep.Analyze;

/// <summary>
/// What a treaty promises, typed as the ATOP alliance dataset types alliance obligations. A treaty that makes
/// several promises (China–Russia 2001: non-aggression and consultation) is recorded once per promise, so each
/// entry answers one question: who must do what, and when.
/// </summary>
public enum Obligation
{
    /// <summary>Help a partner that is attacked. It is triggered when the partner is the victim, never when it attacks.</summary>
    Defence,

    /// <summary>Join a partner's offensive military action.</summary>
    Offence,

    /// <summary>Consult when a partner is threatened or attacked. No duty to fight.</summary>
    Consultation,

    /// <summary>Give no help to any state that attacks the partner.</summary>
    Neutrality,

    /// <summary>Do not use (or threaten) force against the partner.</summary>
    NonAggression,
}

public static class Obligations
{
    /// <summary>The word used in treaty files and JSON: defence, offence, consultation, neutrality, non-aggression.</summary>
    public static string Name(this Obligation obligation) => obligation switch
    {
        Obligation.Defence => "defence",
        Obligation.Offence => "offence",
        Obligation.Consultation => "consultation",
        Obligation.Neutrality => "neutrality",
        _ => "non-aggression",
    };

    /// <summary>Reads the file word; US spellings are accepted because treaty texts use both.</summary>
    public static bool TryParse(string? text, out Obligation obligation)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "defence" or "defense": obligation = Obligation.Defence; return true;
            case "offence" or "offense": obligation = Obligation.Offence; return true;
            case "consultation": obligation = Obligation.Consultation; return true;
            case "neutrality": obligation = Obligation.Neutrality; return true;
            case "non-aggression" or "nonaggression": obligation = Obligation.NonAggression; return true;
            default: obligation = default; return false;
        }
    }
}
