namespace Sitrep.Analyze;

/// <summary>Decides which reported pacts join the chain and turns them into treaty entries.</summary>
internal static class ReportedPactUses
{
    /// <summary>
    /// A reported pact joins the chain only when it is a defence pact, reported plainly (not hedged), dated on
    /// or before the as-of day, and the reference data has no entry binding the same states: reference data wins,
    /// because it knows dates and articles that a news sentence does not.
    /// </summary>
    public static IReadOnlyList<ReportedPactUse> Judge(TreatyBook book, IReadOnlyList<ReportedPact> pacts, DateOnly asOf)
    {
        var uses = new List<ReportedPactUse>(pacts.Count);
        foreach (var pact in pacts)
        {
            var known = book.Binding(pact.Parties.ToList()).FirstOrDefault();
            var reason = known is not null ? $"reference data already has {known.Id}"
                : pact.Obligation != Obligation.Defence ? "not reported as a defence pact"
                : pact.Hedged ? "only reported with hedging"
                : pact.Date is null ? "undated report"
                : pact.Date.Value.Latest > asOf ? "reported after the as-of date"
                : null;
            uses.Add(new ReportedPactUse(pact, reason is null, reason ?? "added to the chain") { KnownTreaty = known?.Id });
        }
        return uses;
    }

    public static Treaty AsTreaty(ReportedPact pact)
    {
        // The latest day the report's date allows: by then the pact surely existed.
        var since = pact.Date!.Value.Latest;
        return new Treaty(
            "reported-" + string.Join('-', pact.Parties).ToLowerInvariant(),
            "Pact reported between " + string.Join(", ", pact.Parties),
            Obligation.Defence,
            [.. pact.Parties.Select(p => new TreatyParty(p, since))],
            since, since, "as reported", "news: " + string.Join(", ", pact.EventIds),
            ["Reported in stored news, not in the reference data: its terms, conditions and entry into force are unknown."])
        {
            Origin = TreatyOrigin.Reported,
            Evidence = pact.EventIds,
        };
    }
}
