using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// The rung a cooperative event reaches, from its codes first and the goods its words name second.
/// <list type="bullet">
/// <item>MOBILIZE towards a party: troops (unless the words name weapons and no troops: "moved missiles to Belarus").</item>
/// <item>AID: CAMEO 074 (military protection, peacekeeping) is troops. Otherwise the highest rung whose goods the
/// words name ("shells" weapons, "instructors" training, "soldiers" troops, "non-lethal" materiel, "loans"
/// funding), because CAMEO's aid codes do not say what was sent; with no such words, the code decides: 071 or
/// context economic funding, 072 or context military weapons, 073 or humanitarian context materiel, else materiel.</item>
/// <item>COOPERATE: CAMEO 064 or context intelligence is intelligence; otherwise the goods named (selling
/// ammunition is weapons, joint exercises training), else 061/economic funding, else diplomatic.</item>
/// <item>SUPPORT, CONSULT: diplomatic (statements, visits, talks, signing or ratifying a pact), or territory when
/// the words grant bases, airspace or transit.</item>
/// <item>AGREE: diplomatic (or territory, as above); goods it names are promised, a possibility above diplomatic.</item>
/// <item>CONCEDE: territory when the words grant bases, airspace or transit; otherwise nothing.</item>
/// <item>ASSAULT: combat (who fights whom is decided by the caller). Other types give nothing.</item>
/// </list>
/// </summary>
internal static class RungRules
{
    public static (Rung? Given, Rung? Promised) Classify(CodedEvent e, IReadOnlyCollection<Rung> named)
    {
        Rung? highest = named.Count == 0 ? null : named.Max();
        var grantsTerritory = named.Contains(Rung.Territory);
        switch (e.Type)
        {
            case EventType.Assault:
                return (Rung.Combat, null);
            case EventType.Mobilize:
                return (named.Contains(Rung.Weapons) && !named.Contains(Rung.Troops) && e.Mode != "troops" ? Rung.Weapons : Rung.Troops, null);
            case EventType.Aid:
                return (Cameo(e, "074") ? Rung.Troops : highest ?? AidByCode(e), null);
            case EventType.Cooperate:
                if (Cameo(e, "064") || Is(e.Context, "intelligence")) return (Rung.Intelligence, null);
                return (highest ?? (Cameo(e, "061") || Is(e.Context, "economic") ? Rung.Funding : Rung.Diplomatic), null);
            case EventType.Support or EventType.Consult:
                return (grantsTerritory ? Rung.Territory : Rung.Diplomatic, null);
            case EventType.Agree:
                var promised = highest is { } h && h != Rung.Territory ? h : (Rung?)null;
                return (grantsTerritory ? Rung.Territory : Rung.Diplomatic, promised);
            case EventType.Concede:
                return (grantsTerritory ? Rung.Territory : null, null);
            default:
                return (null, null);
        }
    }

    private static Rung AidByCode(CodedEvent e)
    {
        if (Cameo(e, "071") || Is(e.Context, "economic")) return Rung.Funding;
        if (Cameo(e, "072") || Is(e.Context, "military")) return Rung.Weapons;
        return Rung.Materiel; // 070, 073 and humanitarian contexts: goods that are not weapons
    }

    private static bool Cameo(CodedEvent e, string code) => e.Cameo is { } c && c.StartsWith(code, StringComparison.Ordinal);

    private static bool Is(string? value, string word) => string.Equals(value, word, StringComparison.OrdinalIgnoreCase);
}
