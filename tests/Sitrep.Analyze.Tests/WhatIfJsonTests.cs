using System.Text.Json;

namespace Sitrep.Analyze.Tests;

public class WhatIfJsonTests
{
    private static JsonElement Json(WhatIfResult result)
    {
        using var stream = new MemoryStream();
        WhatIfJson.Write(result, stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Writes_the_trigger_and_the_obliged_states_with_their_chain()
    {
        var json = Json(Scenarios.Run("UKR ASSAULT PRK", options: new WhatIfOptions { MaxSteps = 1 }));

        var trigger = json.GetProperty("trigger");
        Assert.Equal("UKR", trigger.GetProperty("actor").GetString());
        Assert.Equal("ASSAULT", trigger.GetProperty("event").GetString());
        Assert.Equal("PRK", trigger.GetProperty("target").GetString());
        Assert.Equal("2026-11-24", trigger.GetProperty("date").GetString());
        Assert.Equal("armed-attack", trigger.GetProperty("hostility").GetString());

        var obliged = json.GetProperty("obliged").EnumerateArray().ToList();
        Assert.Equal(2, obliged.Count);
        var rus = obliged.Single(o => o.GetProperty("state").GetString() == "RUS");
        Assert.Equal("russia-dprk-2024", rus.GetProperty("treaty").GetString());
        Assert.Equal("defence", rus.GetProperty("obligation").GetString());
        Assert.Equal(1, rus.GetProperty("step").GetInt32());
        Assert.Equal("PRK", rus.GetProperty("via").GetString());
        Assert.Equal("Article 4", rus.GetProperty("article").GetString());
        Assert.Equal("2024-12-04", rus.GetProperty("since").GetString());
        Assert.Equal("reference", rus.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, rus.GetProperty("caveat").ValueKind);
        foreach (var list in new[] { "consult", "restrained", "exempt", "breached", "reported" })
            Assert.Equal(JsonValueKind.Array, json.GetProperty(list).ValueKind);
    }

    [Fact]
    public void Lists_each_cited_treaty_once_with_its_facts()
    {
        var json = Json(Scenarios.Run("CHN ASSAULT NZL", options: new WhatIfOptions { MaxSteps = 2 }));

        var treaties = json.GetProperty("treaties").EnumerateArray().ToList();
        var anzus = Assert.Single(treaties, t => t.GetProperty("id").GetString() == "anzus-1951");
        Assert.Equal("1951-09-01", anzus.GetProperty("signed").GetString());
        Assert.Equal("1952-04-29", anzus.GetProperty("inForce").GetString());
        Assert.Equal(3, anzus.GetProperty("parties").GetArrayLength());
        var suspension = Assert.Single(anzus.GetProperty("suspended").EnumerateArray().ToList());
        Assert.Equal("1986-08-11", suspension.GetProperty("since").GetString());
        Assert.Equal(["USA", "NZL"], suspension.GetProperty("states").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Marks_reported_pacts_as_reported()
    {
        var signing = NewsEvents.Make("a1.4.120", "Mali, Burkina Faso and Niger signed a mutual defence pact on Saturday.",
            Sitrep.Domain.EventType.Support, "2023-09-16", [("Mali", "MLI"), ("Burkina Faso", "BFA"), ("Niger", "NER")], []);

        var json = Json(Scenarios.Run("IMG ASSAULT NER", options: new WhatIfOptions { Reported = ReportedPacts.Find([signing]) }));

        Assert.All(json.GetProperty("obliged").EnumerateArray(), o => Assert.Equal("reported", o.GetProperty("source").GetString()));
        var reported = Assert.Single(json.GetProperty("reported").EnumerateArray().ToList());
        Assert.True(reported.GetProperty("added").GetBoolean());
        Assert.Equal(["a1.4.120"], reported.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2023-09-16", reported.GetProperty("date").GetString());
    }
}
