using System.Text.Json;
using Sitrep.Domain;
using Sitrep.Store;

namespace Sitrep.Web.Tests;

/// <summary>Cached aggregates follow the database: a document saved while the dashboard runs shows up.</summary>
public sealed class CacheTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static DocumentAnalysis Report(string id, string code)
    {
        const string text = "Belarusian troops entered Ukraine on Monday.";
        var troops = new ActorMention { At = new Provenance(id, 0, new TextSpan(0, 17)), Text = "Belarusian troops", Actor = new ActorCode(code, "MIL"), Kind = MentionKind.Adjective };
        var ukraine = new ActorMention { At = new Provenance(id, 0, new TextSpan(26, 33)), Text = "Ukraine", Actor = new ActorCode("UKR"), Kind = MentionKind.Name };
        return new DocumentAnalysis(
            new Document { Id = id, Path = id + ".txt", Text = text, Outlet = "Border Wire", Published = new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.Zero) },
            [new Sentence(0, new TextSpan(0, text.Length), SentenceKind.Body)],
            [troops, ukraine],
            [new CodedEvent
            {
                Id = id + ":0", At = new Provenance(id, 0, new TextSpan(0, 33)), Text = text[..33], Type = EventType.Assault,
                Date = new PartialDate(2025, 2, 3), Actors = [troops], Recipients = [ukraine], Trigger = "entered",
            }],
            []);
    }

    [Fact]
    public async Task Overview_and_network_change_when_the_database_does()
    {
        var db = _dir.File("live.db");
        using (var store = SqliteStore.Open(db)) store.Save(Report("first", "BLR"), "v1");
        var (app, client) = await SampleDashboard.Start(new DashboardOptions { DbPath = db, Urls = "http://127.0.0.1:0" });
        await using var _ = app;
        using (client)
        {
            async Task<JsonElement> Get(string url) => JsonDocument.Parse(await client.GetStringAsync(url)).RootElement.Clone();
            Assert.Equal(1, (await Get("/api/overview")).GetProperty("documents").GetInt32());
            Assert.Single((await Get("/api/network")).GetProperty("edges").EnumerateArray());

            using (var store = SqliteStore.Open(db)) store.Save(Report("second", "RUS"), "v1");

            Assert.Equal(2, (await Get("/api/overview")).GetProperty("documents").GetInt32());
            var edges = (await Get("/api/network")).GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("source").GetString()).ToList();
            Assert.Equal(["BLR", "RUS"], edges.Order());
        }
    }
}
