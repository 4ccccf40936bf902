namespace Sitrep.Analyze;

/// <summary>The sections of the rung cue file: what was given (one per rung below combat), whose side, how sure.</summary>
public enum CueKind
{
    Funding, Materiel, Weapons, Training, Intelligence, Territory, Troops,
    Ally, AllyAfter, Intent, Started, Possible, Denied,
}

internal static class CueKinds
{
    /// <summary>Reads a section name: "weapons", "ally-after" ….</summary>
    public static bool TryParse(string section, out CueKind kind)
    {
        var name = section.Replace("-", "", StringComparison.Ordinal);
        return Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !name.Any(char.IsAsciiDigit);
    }

    /// <summary>The rung a goods section names, or null for the side and certainty sections.</summary>
    public static Rung? RungOf(this CueKind kind) => kind switch
    {
        CueKind.Funding => Rung.Funding,
        CueKind.Materiel => Rung.Materiel,
        CueKind.Weapons => Rung.Weapons,
        CueKind.Training => Rung.Training,
        CueKind.Intelligence => Rung.Intelligence,
        CueKind.Territory => Rung.Territory,
        CueKind.Troops => Rung.Troops,
        _ => null,
    };
}
