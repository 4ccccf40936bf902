namespace Sitrep.Analyze;

/// <summary>
/// How deeply an outside state is involved in another's war, low to high. The order is the ladder: each rung
/// costs the supporter more and commits it further (after UCDP's External Support categories, with diplomacy
/// below and direct combat above).
/// </summary>
public enum Rung
{
    /// <summary>Statements of support, consultations, visits, agreements and pacts signed with the party.</summary>
    Diplomatic,

    /// <summary>Money: budget support, loans, credits, economic aid.</summary>
    Funding,

    /// <summary>Non-lethal goods: food, fuel, medicine, vehicles, protective gear, humanitarian aid.</summary>
    Materiel,

    /// <summary>Weapons and munitions: shells, missiles, ammunition, drones, artillery, air defence.</summary>
    Weapons,

    /// <summary>Training the party's forces, or sending instructors.</summary>
    Training,

    /// <summary>Sharing intelligence, satellite imagery, targeting data.</summary>
    Intelligence,

    /// <summary>Letting the party use the supporter's territory, airspace, bases or ports.</summary>
    Territory,

    /// <summary>The supporter's own troops deployed to the party or the war zone, not yet reported fighting.</summary>
    Troops,

    /// <summary>The supporter's forces fight: attacks on the opponent, or the opponent attacking them.</summary>
    Combat,
}

public static class Rungs
{
    /// <summary>Every rung, low to high.</summary>
    public static IReadOnlyList<Rung> All { get; } = Enum.GetValues<Rung>();

    /// <summary>The word used in data files and JSON: diplomatic, funding, … combat.</summary>
    public static string Name(this Rung rung) => rung.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Rung rung)
    {
        var word = text?.Trim();
        foreach (var r in All)
        {
            if (string.Equals(r.Name(), word, StringComparison.OrdinalIgnoreCase))
            {
                rung = r;
                return true;
            }
        }
        rung = default;
        return false;
    }
}
