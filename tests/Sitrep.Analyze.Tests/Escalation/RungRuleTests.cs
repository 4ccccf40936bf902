using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

/// <summary>Codes first, words second: each kind of report lands on its rung.</summary>
public sealed class RungRuleTests
{
    public static TheoryData<string, EventType, string, string?, string?, Rung> Reports() => new()
    {
        { "Germany pledged a loan of 500 million euros to Ukraine", EventType.Aid, "pledged a loan", "071", "economic", Rung.Funding },
        { "Japan sent economic aid to Ukraine", EventType.Aid, "sent", "071", null, Rung.Funding },
        { "Canada delivered winter clothing and helmets to Ukraine", EventType.Aid, "delivered", "070", null, Rung.Materiel },
        { "Norway gave humanitarian help to Ukraine", EventType.Aid, "gave", "073", "humanitarian", Rung.Materiel },
        { "Britain sent helmets and body-armour to Ukraine", EventType.Aid, "sent", "072", "military", Rung.Materiel },
        { "Britain sent Storm Shadow missiles to Ukraine", EventType.Aid, "sent", "072", "military", Rung.Weapons },
        { "Britain gave military aid to Ukraine", EventType.Aid, "gave", "072", "military", Rung.Weapons },
        { "Britain sent military instructors to Ukraine", EventType.Aid, "sent", "072", "military", Rung.Training },
        { "Britain began training Ukrainian pilots", EventType.Cooperate, "training", "06", "military", Rung.Training },
        { "Britain ran joint exercises with Ukraine", EventType.Cooperate, "ran", "06", "military", Rung.Training },
        { "Britain cooperates closely with Ukraine on defence", EventType.Cooperate, "cooperates", "06", null, Rung.Diplomatic },
        { "Britain shared satellite imagery with Ukraine", EventType.Cooperate, "shared", "064", "intelligence", Rung.Intelligence },
        { "Britain let Ukrainian aircraft use its airspace", EventType.Concede, "let", "080", null, Rung.Territory },
        { "British special forces were deployed to Ukraine", EventType.Mobilize, "deployed", "154", "military", Rung.Troops },
        { "Britain signed a security agreement with Ukraine", EventType.Support, "signed", "057", "diplomatic", Rung.Diplomatic },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Each_report_reaches_its_rung(string sentence, EventType type, string trigger, string? cameo, string? context, Rung expected)
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        var supporter = sentence.Split(' ')[0] switch
        {
            "Germany" => "Germany=DEU", "Japan" => "Japan=JPN", "Canada" => "Canada=CAN", "Norway" => "Norway=NOR",
            "British" => "British special forces=GBR/MIL", _ => "Britain=GBR",
        };
        var recipient = sentence.Contains("Ukrainian aircraft", StringComparison.Ordinal) ? "Ukrainian aircraft=UKR/MIL"
            : sentence.Contains("Ukrainian pilots", StringComparison.Ordinal) ? "Ukrainian pilots=UKR/MIL" : "Ukraine=UKR";
        news.Report("r1", "Meridian Post", "2024-04-01", sentence, type, trigger, [supporter], [recipient], cameo: cameo, context: context);

        var ladder = Assert.Single(news.Analyze().Ladders);

        Assert.Equal(expected, ladder.Rung);
    }

    [Fact]
    public void Agreeing_to_share_intelligence_later_is_a_possibility_not_the_rung()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("r4", "Meridian Post", "2024-04-01", "Britain agreed to share targeting data with Ukraine",
            EventType.Cooperate, "share", ["Britain=GBR"], ["Ukraine=UKR"], cameo: "064", context: "intelligence");

        var ladder = Assert.Single(news.Analyze().Ladders);

        Assert.Null(ladder.Rung);
        Assert.Equal(Rung.Intelligence, Assert.Single(ladder.Possibilities).Rung);
    }

    [Fact]
    public void Words_naming_the_recipient_are_not_goods()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("r5", "Meridian Post", "2024-04-01", "Britain began training Ukrainian pilots and soldiers",
            EventType.Cooperate, "training", ["Britain=GBR"], ["Ukrainian pilots and soldiers=UKR/MIL"], cameo: "06");

        Assert.Equal(Rung.Training, Assert.Single(news.Analyze().Ladders).Rung);
    }

    [Fact]
    public void Promised_weapons_are_a_possibility_above_the_diplomatic_rung_of_the_promise()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("r2", "Kyiv Ledger", "2024-11-30", "Russia offered North Korea air defence equipment",
            EventType.Agree, "offered", ["Russia=RUS"], ["North Korea=PRK/GOV"], cameo: "0332");
        news.Report("r3", "Kyiv Ledger", "2024-11-30", "Iran offered Russia more attack drones",
            EventType.Agree, "offered", ["Iran=IRN"], ["Russia=RUS"], cameo: "0332");

        var ladder = news.Analyze().Ladder("IRN", "RUS", "UKR");

        Assert.Equal(Rung.Diplomatic, ladder.Rung);
        Assert.Equal(Rung.Weapons, Assert.Single(ladder.Possibilities).Rung);
    }
}
