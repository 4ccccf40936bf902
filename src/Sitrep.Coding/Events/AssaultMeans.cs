using System.Collections.Frozen;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// The ASSAULT mode a sentence's weapon words imply when the verb itself says nothing of the means ("killed",
/// "attacked", "wounded"): the manual's modes are about the means of violence (explosives, heavy weapons,
/// firearms, primitive weapons, aircraft, drones, suicide attacks). A suicide attack is the most specific and wins;
/// then the first weapon word in the sentence.
/// </summary>
internal static class AssaultMeans
{
    private static readonly FrozenDictionary<string, string> Means = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["bomb"] = "explosives", ["bombs"] = "explosives", ["bombing"] = "explosives", ["bombings"] = "explosives",
        ["car-bomb"] = "explosives", ["explosive"] = "explosives", ["explosives"] = "explosives", ["explosion"] = "explosives",
        ["explosions"] = "explosives", ["blast"] = "explosives", ["blasts"] = "explosives", ["mine"] = "explosives",
        ["mines"] = "explosives", ["landmine"] = "explosives", ["landmines"] = "explosives", ["minefield"] = "explosives",
        ["grenade"] = "explosives", ["grenades"] = "explosives", ["ied"] = "explosives", ["ieds"] = "explosives",
        ["artillery"] = "heavy-weapons", ["shell"] = "heavy-weapons", ["shells"] = "heavy-weapons", ["shelling"] = "heavy-weapons",
        ["shelled"] = "heavy-weapons", ["mortar"] = "heavy-weapons", ["mortars"] = "heavy-weapons", ["rocket"] = "heavy-weapons",
        ["rockets"] = "heavy-weapons", ["howitzer"] = "heavy-weapons", ["howitzers"] = "heavy-weapons", ["tank"] = "heavy-weapons",
        ["tanks"] = "heavy-weapons", ["cannon"] = "heavy-weapons", ["missile"] = "heavy-weapons", ["missiles"] = "heavy-weapons",
        ["gun"] = "firearms", ["guns"] = "firearms", ["gunfire"] = "firearms", ["gunmen"] = "firearms", ["gunman"] = "firearms",
        ["rifle"] = "firearms", ["rifles"] = "firearms", ["pistol"] = "firearms", ["pistols"] = "firearms", ["bullets"] = "firearms",
        ["sniper"] = "firearms", ["snipers"] = "firearms", ["machine-gun"] = "firearms", ["machinegun"] = "firearms",
        ["machete"] = "primitive", ["machetes"] = "primitive", ["knife"] = "primitive", ["knives"] = "primitive",
        ["axe"] = "primitive", ["axes"] = "primitive", ["spears"] = "primitive", ["stones"] = "primitive", ["rocks"] = "primitive",
        ["clubs"] = "primitive", ["arrows"] = "primitive", ["swords"] = "primitive",
        ["airstrike"] = "aerial", ["airstrikes"] = "aerial", ["air-strike"] = "aerial", ["air-strikes"] = "aerial",
        ["warplane"] = "aerial", ["warplanes"] = "aerial", ["helicopter"] = "aerial", ["helicopters"] = "aerial",
        ["gunship"] = "aerial", ["gunships"] = "aerial", ["bombers"] = "aerial",
        ["drone"] = "drone", ["drones"] = "drone", ["uav"] = "drone", ["uavs"] = "drone",
        ["suicide"] = "suicide-attack",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Means.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The mode the sentence's weapon words imply, or null when it names none.</summary>
    public static string? Of(SentenceFrame f)
    {
        string? first = null;
        for (var i = 0; i < f.Tokens.Count; i++)
        {
            var t = f.Tokens[i];
            if (t.Kind != TokenKind.Word || !Lookup.TryGetValue(t.In(f.Text), out var mode)) continue;
            if (mode == "suicide-attack") return mode;
            first ??= mode;
        }
        return first;
    }
}
