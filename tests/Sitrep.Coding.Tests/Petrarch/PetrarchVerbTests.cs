using Sitrep.Coding.Petrarch;
using Sitrep.Domain;
using static Sitrep.Coding.Tests.Petrarch.PetrarchTestKit;

namespace Sitrep.Coding.Tests.Petrarch;

public sealed class PetrarchVerbTests
{
    // A verb dictionary written for these tests, in PETRARCH's format. Codes are CAMEO codes that PLOVER reads:
    // 054 SUPPORT, 057 SUPPORT, 161 SANCTION, 070/071 AID, 042/043 CONSULT, 046 CONSULT, 1823 ASSAULT, 172 COERCE.
    internal const string Verbs = """
        <!-- test verbs -->
        &CURRENCY
        +DOLLARS_
        +SWISS_FRANCS_
        +GOLD_CROWN_

        &LINKS
        +TIES
        +RELATION

        &BONDS_
        +&LINKS
        +FRIENDSHIP

        --- RESTORE [054] ---
        RESTORE
        RENEW
        - * FULL_DIPLOMATIC &BONDS [057]
        - NOT_* &LINKS [161]
        - ALREADY * [---]
        - * MYSTERY [023]

        --- CONTRIBUTE [070] ---
        CONTRIBUTE
        - * &CURRENCY [071]

        --- SLAY [1823] ---
        SLAY {SLEW SLAIN SLAYS SLAYING}

        --- CUT [---] ---
        +CUT_OFF {+CUTS_OFF +CUTTING_OFF} [161]
        WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPS} [172]

        --- VISIT [042:043] ---
        VISIT

        --- HOLD [---] ---
        HOLD {HELD HOLDS HOLDING}
        - % * TALKS [046]

        --- WIN [---] ---
        WIN {WON WINS WINNING}
        - + * PLEDGE FROM $ [057]

        ~ a (a b ATTACK) SAY = a b 138
        """;

    internal const string Actors = """
        VALDORIA [VAL]
        +VALDORIAN
        KESTRA [KSR]
        +KESTRAN
        """;

    private static readonly DateOnly Day = new(2023, 6, 1);

    [Fact]
    public void The_file_parses_into_synsets_blocks_verbs_and_patterns()
    {
        var errors = new List<DataFileError>();
        var file = PetrarchVerbFile.Parse(File("test.verbs.txt", Verbs), errors);
        Assert.Empty(errors);
        Assert.Equal(7, file.Blocks.Count);
        Assert.Equal(1, file.Transformations);
        // Plurals for CURRENCY members unless they end in "_"; none for a label ending in "_"; a set inside a set.
        Assert.Equal(["dollars", "swiss francs", "gold crown"], file.Synsets["&CURRENCY"].Select(m => string.Join(' ', m)));
        Assert.Equal(["ties", "tieses", "relation", "relations", "friendship"], file.Synsets["&BONDS"].Select(m => string.Join(' ', m)));
        var cut = file.Blocks[3].Verbs;
        Assert.Equal(["cut", "off"], cut[0].Words);
        Assert.Equal((0, "161"), (cut[0].VerbIndex, cut[0].Code));
        Assert.Equal(["wire", "tap"], cut[1].Words);
        Assert.Equal(1, cut[1].VerbIndex);
        Assert.Equal(["tapped", "taps"], cut[1].Forms ?? []);
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_and_the_rest_loads()
    {
        var text = """
            - * ORPHAN [054]
            --- SEND [070] ---
            SEND
            - * &NOSUCHSET [071]
            - * WEAPONS [xyz]
            - WEAPONS [072]
            - * AID [073]
            """;
        var coder = Build(("bad.verbs.txt", text), ("test.actors.txt", Actors));
        Assert.Equal(["bad.verbs.txt:1: '- * ORPHAN [054]' is outside any '--- VERB [code] ---' block",
                      "bad.verbs.txt:4: synset &NOSUCHSET is not defined before this pattern",
                      "bad.verbs.txt:5: 'xyz' is not an event code",
                      "bad.verbs.txt:6: pattern 'WEAPONS' has no '*' for the verb"],
            coder.LoadErrors.OrderBy(e => e.Line).Select(e => $"{Path.GetFileName(e.File)}:{e.Line}: {e.Message}"));
        Assert.Equal(["VAL KSR 073"], Triples(coder, "Valdoria sent aid to Kestra.", Day));
    }

    [Theory]
    [InlineData("Valdoria restored full diplomatic ties with Kestra.", "VAL KSR 057")]
    [InlineData("Valdoria restored full diplomatic relations with Kestra.", "VAL KSR 057")] // plural of a set member
    [InlineData("Valdoria renewed full diplomatic friendship with Kestra.", "VAL KSR 057")] // a set inside a set
    [InlineData("Valdoria restored full and diplomatic ties with Kestra.", "VAL KSR 054")] // "_" joins: no match, the verb's own code
    [InlineData("Valdoria did not renew ties with Kestra.", "VAL KSR 161")] // a word before the verb
    [InlineData("Valdoria contributed ten million swiss francs to Kestra.", "VAL KSR 071")] // a two-word set member
    [InlineData("Valdoria contributed gold crowns to Kestra.", "VAL KSR 070")] // "GOLD_CROWN_": no plural
    [InlineData("Kestran soldiers slew Valdorian farmers.", "KSR VAL 1823")] // forms listed in {...}
    [InlineData("Kestra cut off Valdoria.", "KSR VAL 161")] // a multi-word verb
    [InlineData("Kestran police wire tapped Valdorian ministers.", "KSR VAL 172")] // its word before the verb
    [InlineData("Valdoria visited Kestra.", "VAL KSR 042|KSR VAL 043")] // a paired code: the host's act too
    [InlineData("Valdoria and Kestra held talks.", "VAL KSR 046|KSR VAL 046")] // "%": a compound subject
    [InlineData("Valdoria won a pledge from Kestra.", "KSR VAL 057")] // "+" before the verb: the subject is the target
    public void Patterns_code_the_sentences_they_describe(string sentence, string expected)
    {
        var coder = Build(("test.verbs.txt", Verbs), ("test.actors.txt", Actors));
        Assert.Empty(coder.LoadErrors);
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), Triples(coder, sentence, Day).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Valdoria already restored ties with Kestra.")] // the null code "---" matches and codes nothing
    [InlineData("Valdoria restored the mystery with Kestra.")] // 023: an appeal, which PLOVER does not code
    [InlineData("Valdoria held Kestran prisoners.")] // HOLD has no code of its own
    public void Null_and_unused_codes_match_but_code_nothing(string sentence)
    {
        var coder = Build(("test.verbs.txt", Verbs), ("test.actors.txt", Actors));
        Assert.Empty(Code(coder, sentence, Day).Analysis.Events);
    }

    [Fact]
    public void Unused_codes_can_be_kept_for_rule_for_rule_validation()
    {
        var coder = Build(new PetrarchImportOptions { KeepUnmappedCodes = true }, ("test.verbs.txt", Verbs), ("test.actors.txt", Actors));
        Assert.Equal(["VAL KSR 023"], Triples(coder, "Valdoria restored the mystery with Kestra.", Day));
    }

    [Fact]
    public void Converted_patterns_carry_plover_type_mode_context_and_the_cameo_code()
    {
        var coder = Build(("test.verbs.txt", Verbs), ("test.actors.txt", Actors));
        var e = Assert.Single(Code(coder, "Kestran soldiers slew Valdorian farmers.", Day).Analysis.Events);
        Assert.Equal((EventType.Assault, "1823"), (e.Type, e.Cameo));
        var visit = Assert.Single(Code(coder, "Valdoria visited Kestra.", Day).Analysis.Events);
        Assert.Equal((EventType.Consult, "visit", "diplomatic", "042"), (visit.Type, visit.Mode, visit.Context, visit.Cameo));
        Assert.Contains("test.verbs.txt:", visit.Pattern, StringComparison.Ordinal);
        var pattern = new PetrarchTriples(coder.Lexicon.Verbs).PatternOf(visit);
        Assert.Equal(new CounterEvent(EventType.Consult, "visit", "diplomatic", "043"), pattern?.Counter);
    }

    [Fact]
    public void The_pattern_units_keep_blanks_underscores_groups_and_markers_apart()
    {
        Assert.True(PatternUnits.TryParse("SAID WOULD_*_TALKS (FOR {FINANCIAL AID}) $", out var units, out _));
        Assert.Equal(["Word:SAID:False", "Word:WOULD:True", "Verb:*:False", "Word:TALKS:False", "Word:FOR:True", "Word:FINANCIAL:True", "Word:AID:False", "Source:$:True"],
            units.Select(u => $"{u.Kind}:{u.Text}:{u.GapBefore}"));
        Assert.True(PatternUnits.TryParse("KNOWN_ * IN_ $", out units, out _));
        Assert.True(units[1].GapBefore); // "_" then a blank: TABARI's whole-word mark, not a join
        Assert.False(PatternUnits.TryParse("NO VERB HERE", out _, out var why));
        Assert.Contains("no '*'", why, StringComparison.Ordinal);
    }

    private const string PlacedTargetVerbs = """
        --- CELEBRATE [---] ---
        CELEBRATE
        - * FESTIVAL AT ^ WITH + [043]
        - * HOLIDAY WITH + [044]

        --- WARN [160] ---
        WARN
        - * AT ^ + [162]
        """;

    private const string ThreeActors = """
        VALDORIA [VAL]
        KESTRA [KSR]
        MORVAN [MRV]
        """;

    [Theory]
    [InlineData("Valdoria celebrated the festival at Kestra with Morvan.", "VAL MRV 043")] // "+" after WITH, past the "^" phrase
    [InlineData("Valdoria celebrated the holiday with Kestra in Morvan.", "VAL KSR 044")]
    [InlineData("Valdoria warned at Kestra of Morvan.", "VAL MRV 162")] // "^ +": the first actor after AT is passed
    public void A_closing_target_marker_places_the_target_after_the_matched_words(string sentence, string triple)
    {
        var coder = Build(("test.verbs.txt", PlacedTargetVerbs), ("test.actors.txt", ThreeActors));
        Assert.Equal([triple], Triples(coder, sentence, Day));
    }

    [Fact]
    public void A_placed_target_is_looked_for_only_where_the_pattern_places_it()
    {
        // Nobody stands after "with": the actor skipped by "^" is not taken instead, and the event has no dyad.
        var coder = Build(("test.verbs.txt", PlacedTargetVerbs), ("test.actors.txt", ThreeActors));
        Assert.Empty(Triples(coder, "Valdoria celebrated the festival at Kestra with music.", Day));
        Assert.Equal(["VAL --- 043"], Triples(coder, "Valdoria celebrated the festival at Kestra with music.", Day, requireDyad: false));
    }
}
