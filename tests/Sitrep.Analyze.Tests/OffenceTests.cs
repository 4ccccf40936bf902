using Sitrep.Domain;

namespace Sitrep.Analyze.Tests;

/// <summary>Offence and neutrality pacts, with a scenario file (no offence pact in force is in the reference data).</summary>
public class OffenceTests
{
    private const string Scenario = """
        # Scenario: a joint-offence pact and a neutrality pact, written for this test only.
        treaty: scenario-offence
        name: Scenario offence pact
        obligation: offence
        article: Article 1
        signed: 2025-01-01
        in-force: 2025-01-01
        source: test scenario
        party: SRB 2025-01-01
        party: HUN 2025-01-01

        treaty: scenario-neutrality
        name: Scenario neutrality pact
        obligation: neutrality
        article: Article 2
        signed: 2025-01-01
        in-force: 2025-01-01
        source: test scenario
        party: XKX 2025-01-01
        party: AUT 2025-01-01
        """;

    [Fact]
    public void Offence_partners_join_the_attacker_and_are_not_defended()
    {
        using var files = new TempFiles();
        var book = TreatyBook.Load([files.Write("scenario.txt", Scenario)], Scenarios.Book);

        var result = WhatIf.Run(book, "SRB", EventType.Assault, "XKX", Scenarios.Today);

        var hungary = result.Obliged.Entry("HUN", "scenario-offence");
        Assert.NotNull(hungary);
        Assert.Equal((1, "SRB", Obligation.Offence), (hungary.Step, hungary.Via, hungary.Obligation));
        // Hungary is now an attacker: its NATO allies are exempt, not obliged.
        Assert.NotNull(result.Exempt.Entry("USA", "nato-art5"));
        Assert.DoesNotContain(result.Obliged, c => c.Treaty.Id == "nato-art5");
        // Austria promised not to help Kosovo's attackers.
        Assert.NotNull(result.Restrained.Entry("AUT", "scenario-neutrality"));
    }

    [Fact]
    public void An_offence_pact_does_not_oblige_anyone_to_defend()
    {
        using var files = new TempFiles();
        var book = TreatyBook.Load([files.Write("scenario.txt", Scenario)], Scenarios.Book);

        var result = WhatIf.Run(book, "ROU", EventType.Assault, "SRB", Scenarios.Today, new WhatIfOptions { MaxSteps = 1 });

        Assert.Null(result.Obliged.Entry("HUN", "scenario-offence"));
    }
}
