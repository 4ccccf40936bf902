using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// The escalation ladder: for each outside supporter of a party to an armed conflict, how deep it has been drawn
/// in, since when, says who; alerts when it climbs; and the treaties that bind the states involved.
/// <para>
/// <b>Conflicts</b> are pairs of states with plain ASSAULT reports between them from at least
/// <see cref="EscalationOptions.MinConflictReports"/> documents (sector ignored), starting at the first such
/// report. A conflict one side entered after already acting for the other side's enemy in an older war
/// (North Korea's troops clashing with Ukraine's after North Korea armed Russia) is that older war, joined.
/// </para>
/// <para>
/// <b>Rungs</b>, low to high: diplomatic, funding, materiel, weapons, training, intelligence, territory,
/// troops, combat. From events by supporter S for party P against opponent O:
/// SUPPORT, CONSULT, AGREE, signing or ratifying a pact with P → diplomatic;
/// AID with money, loans, economic aid (CAMEO 071) → funding;
/// AID with non-lethal or humanitarian goods (073, 070) → materiel;
/// AID or sales of weapons, shells, missiles, ammunition, drones, artillery (072) → weapons;
/// COOPERATE or AID with training, instructors, exercises → training;
/// COOPERATE sharing intelligence (064) → intelligence;
/// SUPPORT, AGREE or CONCEDE granting bases, airspace, transit → territory;
/// MOBILIZE towards P, AID of troops or soldiers, peacekeeping (074) → troops;
/// ASSAULT by S on O, ASSAULT by O on S's forces (sector MIL), S fighting "alongside"/"for" P, or S's forces
/// fighting with no opponent named when S supports only P → combat.
/// Codes decide first; cue words (Escalation/rung-cues.txt) decide what AID and COOPERATE gave, which CAMEO does
/// not say. See <see cref="RungRules"/>.
/// </para>
/// <para>
/// <b>Sureness.</b> Negated reports and reports of something avoided or refused never count. Hedged,
/// speculative or planned reports ("might send", "could be drawn in", "decided to send", "prepared to fight")
/// and promises ("offered air-defence systems") are possibilities, listed only above the rung reached.
/// "Did not rule out" is a possibility, not a denial.
/// </para>
/// <para>
/// <b>History.</b> Only events dated on or after the conflict's first attack minus
/// <see cref="EscalationOptions.LeadInYears"/> (2) years count, and not events whose sentence names only
/// years before that (a sentence about 1950 dated by its publication day). Undated events and events after
/// the as-of day are left out.
/// </para>
/// </summary>
public static class EscalationAnalyzer
{
    /// <param name="events">Coded events, in any order.</param>
    /// <param name="outletOf">Outlet of a document id, or null when unknown (the document id then counts as the source).</param>
    /// <param name="treaties">Treaty reference data (usually <see cref="TreatyBook.LoadBuiltIn"/>).</param>
    /// <param name="asOf">Events after this day are ignored and treaties must be in force on it; null: the latest event date.</param>
    public static EscalationReport Analyze(
        IReadOnlyList<CodedEvent> events, Func<string, string?> outletOf, TreatyBook treaties, DateOnly? asOf, EscalationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(outletOf);
        ArgumentNullException.ThrowIfNull(treaties);
        options ??= new EscalationOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.LeadInYears, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinConflictReports, 1, nameof(options));
        var cues = options.Cues ?? RungCues.LoadBuiltIn();
        string SourceOf(string document) => outletOf(document) is { Length: > 0 } outlet ? outlet : document;

        var readings = new List<EventReading>(events.Count);
        foreach (var e in events)
            if (EventReader.Read(e, cues, options.SentenceOf) is { } r && (asOf is null || r.Date.Earliest <= asOf.Value))
                readings.Add(r);
        var facts = new List<SupportFact>();
        foreach (var r in readings) SupportFacts.Add(r, facts);
        facts.Sort(SupportFact.Chronological);

        bool Counts(Conflict c, SupportFact f) => InWindow(c, f.Reading, options.LeadInYears);
        var conflicts = ConflictFinder.MarkJoined(ConflictFinder.Find(readings, SourceOf, options.MinConflictReports), facts, Counts);
        var (ladders, alerts) = LadderBuilder.Build(conflicts, facts, SourceOf, Counts);

        var day = asOf ?? (readings.Count == 0 ? null : readings.Max(r => r.Date).Latest);
        var involved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in conflicts) involved.UnionWith([c.First, c.Second]);
        foreach (var l in ladders.Where(l => l.Rung is not null)) involved.Add(l.Supporter);
        var inForce = day is { } d ? ObligationFinder.Find(treaties, events, involved, d, options.SentenceOf) : [];

        return new EscalationReport { Conflicts = conflicts, Ladders = ladders, Alerts = alerts, Obligations = inForce, AsOf = day };
    }

    /// <summary>The same, with outlets taken from the documents.</summary>
    public static EscalationReport Analyze(
        IReadOnlyList<CodedEvent> events, IEnumerable<Document> documents, TreatyBook treaties, DateOnly? asOf, EscalationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outlets = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in documents) outlets[d.Id] = d.Outlet;
        return Analyze(events, id => outlets.GetValueOrDefault(id), treaties, asOf, options);
    }

    private static bool InWindow(Conflict c, EventReading r, int leadInYears)
    {
        var from = c.Start.Earliest.AddYears(-leadInYears);
        return r.Date.Latest >= from && (r.LatestYearNamed.Value is not { } year || year >= from.Year);
    }
}
