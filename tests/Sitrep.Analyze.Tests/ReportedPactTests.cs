using Sitrep.Domain;

namespace Sitrep.Analyze.Tests;

public class ReportedPactTests
{
    private static readonly CodedEvent SahelSigning = NewsEvents.Make("a1.4.120",
        "The juntas of Mali, Burkina Faso and Niger signed a mutual defence pact in Bamako on Saturday.",
        EventType.Support, "2023-09-16", [("Mali", "MLI"), ("Burkina Faso", "BFA"), ("Niger", "NER")], []);

    private static readonly CodedEvent SahelFollowUp = NewsEvents.Make("b7.2.40",
        "Mali and Niger agreed to set up a joint force under the pact.",
        EventType.Agree, "2023-11-28", [("Mali", "MLI"), ("Niger", "NER")], []);

    private static readonly CodedEvent SahelRecap = NewsEvents.Make("c3.9.610",
        "Niger, Mali and Burkina Faso signed the treaty last year.",
        EventType.Support, "2024", [("Niger", "NER"), ("Mali", "MLI"), ("Burkina Faso", "BFA")], []);

    [Fact]
    public void Groups_reports_of_the_same_pact_and_keeps_the_evidence()
    {
        var pacts = ReportedPacts.Find([SahelSigning, SahelFollowUp, SahelRecap]);

        Assert.Equal(2, pacts.Count);
        var sahel = pacts[0];
        Assert.Equal(["BFA", "MLI", "NER"], sahel.Parties);
        Assert.Equal(Obligation.Defence, sahel.Obligation); // one report says "mutual defence"; the recap only "treaty"
        Assert.Equal("2023-09-16", sahel.Date.ToString());
        Assert.Equal(["a1.4.120", "c3.9.610"], sahel.EventIds);
        Assert.Equal(["MLI", "NER"], pacts[1].Parties);
        Assert.Null(pacts[1].Obligation);
    }

    [Fact]
    public void A_defence_pact_missing_from_the_reference_data_joins_the_chain()
    {
        var result = Scenarios.Run("IMG ASSAULT MLI", options: new WhatIfOptions { Reported = ReportedPacts.Find([SahelSigning]) });

        var burkina = result.Obliged.Entry("BFA", "reported-bfa-mli-ner");
        Assert.NotNull(burkina);
        Assert.Equal((1, "MLI", TreatyOrigin.Reported), (burkina.Step, burkina.Via, burkina.Source));
        Assert.Equal(new DateOnly(2023, 9, 16), burkina.Since);
        Assert.Equal(["a1.4.120"], burkina.Treaty.Evidence);
        var use = Assert.Single(result.Reported);
        Assert.True(use.Added);
    }

    [Fact]
    public void A_pact_the_reference_data_knows_is_listed_but_not_added()
    {
        var signing = NewsEvents.Make("d9.0.6", "Putin and Kim signed a mutual defence treaty in Pyongyang.",
            EventType.Support, "2024-06-19", [("Putin", "RUS"), ("Kim", "PRK")], []);

        var result = Scenarios.Run("UKR ASSAULT PRK", options: new WhatIfOptions { Reported = ReportedPacts.Find([signing]) });

        var use = Assert.Single(result.Reported);
        Assert.False(use.Added);
        Assert.Equal("russia-dprk-2024", use.KnownTreaty);
        Assert.All(result.Obliged, c => Assert.Equal(TreatyOrigin.Reference, c.Source));
    }

    [Fact]
    public void Hedged_late_or_non_defence_reports_stay_out_of_the_chain()
    {
        var hedged = NewsEvents.Make("e1.3.9", "Iran and Venezuela could sign a mutual defence pact next month, officials said.",
            EventType.Agree, "2026-10-02", [("Iran", "IRN"), ("Venezuela", "VEN")], [], hedged: true);
        var trade = NewsEvents.Make("e2.1.0", "Kenya and Ethiopia signed a border treaty on Tuesday.",
            EventType.Support, "2026-03-10", [("Kenya", "KEN"), ("Ethiopia", "ETH")], []);
        var late = NewsEvents.Make("e3.0.0", "Cuba and Nicaragua signed a mutual assistance treaty.",
            EventType.Support, "2026-12-01", [("Cuba", "CUB"), ("Nicaragua", "NIC")], []);

        var result = Scenarios.Run("USA ASSAULT VEN", options: new WhatIfOptions { Reported = ReportedPacts.Find([hedged, trade, late]) });

        Assert.Equal(["only reported with hedging", "not reported as a defence pact", "reported after the as-of date"],
            result.Reported.Select(u => u.Reason));
        Assert.Empty(result.Obliged);
    }

    [Fact]
    public void The_sentence_supplies_the_pact_words_when_the_event_text_stops_at_the_verb()
    {
        var signing = NewsEvents.Make("f4.2.30", "Saudi Arabia and Pakistan signed",
            EventType.Support, "2025-09-17", [("Saudi Arabia", "SAU"), ("Pakistan", "PAK")], []);
        const string sentence = "Saudi Arabia and Pakistan signed a strategic mutual defence agreement in Riyadh on Wednesday.";

        Assert.Empty(ReportedPacts.Find([signing]));
        var pact = Assert.Single(ReportedPacts.Find([signing], _ => sentence));
        Assert.Equal(Obligation.Defence, pact.Obligation);
    }

    [Fact]
    public void Denials_organisations_and_rebels_are_not_parties()
    {
        var denial = NewsEvents.Make("g1.0.0", "Belarus denied signing a defence pact with Serbia.",
            EventType.Support, "2026-01-05", [("Belarus", "BLR")], [("Serbia", "SRB")], negated: true);
        var withNato = NewsEvents.Make("g2.0.0", "Finland signed the alliance's accession protocol with NATO.",
            EventType.Support, "2023-04-04", [("Finland", "FIN")], [("NATO", "IGO")]);
        var rebels = NewsEvents.Make("g3.0.0", "Sudanese rebels and Chad agreed a pact on border security.",
            EventType.Agree, "2026-02-01", [("Sudanese rebels", "SDN")], [("Chad", "TCD")], sector: "REB");

        Assert.Empty(ReportedPacts.Find([denial, withNato, rebels]));
    }

    [Fact]
    public void Hyphenated_pact_words_count_and_words_inside_other_words_do_not()
    {
        var hyphen = NewsEvents.Make("h1.0.0", "Armenia and France agreed on a mutual-defence framework.",
            EventType.Agree, "2026-04-01", [("Armenia", "ARM"), ("France", "FRA")], []);
        var impact = NewsEvents.Make("h2.0.0", "Armenia and France agreed on the impact of tariffs.",
            EventType.Agree, "2026-04-01", [("Armenia", "ARM"), ("France", "FRA")], []);

        Assert.Equal(Obligation.Defence, Assert.Single(ReportedPacts.Find([hyphen])).Obligation);
        Assert.Empty(ReportedPacts.Find([impact]));
    }
}
