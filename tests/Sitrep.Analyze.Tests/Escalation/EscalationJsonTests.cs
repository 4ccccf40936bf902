using System.Text;
using System.Text.Json;
using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

public sealed class EscalationJsonTests
{
    private static Newsroom Corpus()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("e1", "Asia Desk Daily", "2023-08", "North Korea shipped artillery shells to Russia",
            EventType.Aid, "shipped", ["North Korea=PRK"], ["Russia=RUS"], cameo: "072");
        news.Report("e2", "Baltic Wire", "2024-10-18", "North Korea has begun sending troops to Russia",
            EventType.Mobilize, "sending troops", ["North Korea=PRK"], ["Russia=RUS"], cameo: "154", mode: "troops");
        news.Report("e3", "Baltic Wire", "2024-11-01", "Pyongyang may send more soldiers to fight for Russia",
            EventType.Assault, "fight", ["Pyongyang=PRK/GOV"], ["Russia=RUS"], cameo: "190", hedged: true);
        return news;
    }

    private static string Json(EscalationReport report)
    {
        using var stream = new MemoryStream();
        EscalationJson.Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Sections_have_the_documented_fields()
    {
        using var doc = JsonDocument.Parse(Json(Corpus().Analyze(asOf: new DateOnly(2025, 1, 1))));
        var root = doc.RootElement;

        var ladder = root.GetProperty("escalation")[0];
        Assert.Equal(["supporter", "supported", "opponent", "rung", "history", "possibilities"], ladder.EnumerateObject().Select(p => p.Name));
        Assert.Equal("troops", ladder.GetProperty("rung").GetString());
        var weapons = ladder.GetProperty("history")[0];
        Assert.Equal(["rung", "date", "sources", "evidence"], weapons.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("weapons", "2023-08", 1, "e1.0"), (weapons.GetProperty("rung").GetString(), weapons.GetProperty("date").GetString(),
            weapons.GetProperty("sources").GetInt32(), weapons.GetProperty("evidence")[0].GetString()));
        Assert.Equal("combat", ladder.GetProperty("possibilities")[0].GetProperty("rung").GetString());

        var alerts = root.GetProperty("alerts").EnumerateArray().ToList();
        Assert.Equal(["date", "supporter", "supported", "opponent", "from", "to", "evidence"], alerts[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, alerts[0].GetProperty("from").ValueKind);
        Assert.Equal(("weapons", "troops"), (alerts[1].GetProperty("from").GetString(), alerts[1].GetProperty("to").GetString()));

        var obligation = root.GetProperty("obligations").EnumerateArray().First(o => o.GetProperty("treaty").GetString() == "russia-dprk-2024");
        Assert.Equal(("defence", "2024-12-04", "reference"),
            (obligation.GetProperty("obligation").GetString(), obligation.GetProperty("since").GetString(), obligation.GetProperty("source").GetString()));
        Assert.Equal(["RUS", "PRK"], obligation.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void The_order_of_the_input_does_not_change_the_output()
    {
        var news = Corpus();
        var forward = Json(news.Analyze());
        var backward = Json(EscalationAnalyzer.Analyze([.. news.Events.Reverse()], news.OutletOf, TreatyBook.LoadBuiltIn(), null,
            new EscalationOptions { SentenceOf = news.SentenceOf }));

        Assert.Equal(forward, backward);
    }
}
