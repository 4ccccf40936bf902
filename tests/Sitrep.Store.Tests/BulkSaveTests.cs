using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Store.Tests;

/// <summary>Many documents in a row on a file database: every one inserted, nothing lost. (Speed is measured by `sitrep bench`, never asserted in tests.)</summary>
public sealed class BulkSaveTests
{
    [Fact]
    public void Forty_long_bulletins_in_a_row_are_all_stored()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var reports = Enumerable.Range(0, 40).Select(DailyShellingReport).ToArray();
        var warmUp = DailyShellingReport(1000);
        store.Save(warmUp, "warm-up");

        foreach (var report in reports)
            Assert.Equal(SaveOutcome.Inserted, store.Save(report, "coding-1"));

        Assert.Equal(reports.Length + 1, store.Counts().Documents);
        Assert.Equal(reports.Sum(r => r.Claims.Count) + warmUp.Claims.Count, store.Counts().Claims);
        Assert.Equal(reports.Sum(r => r.Events.Count) + warmUp.Events.Count, store.Counts().Events);
    }

    /// <summary>A long regional bulletin: one strike report per line, each with two mentions, an event and a claim.</summary>
    private static DocumentAnalysis DailyShellingReport(int day)
    {
        var id = $"d-bulletin-{day:D4}";
        var lines = Enumerable.Range(0, 60).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"Russian drones struck Kharkiv district {i} on day {day}, killing {i % 7 + 1} people, regional officials said."));
        var text = string.Join('\n', lines);
        var sentences = new List<Sentence>();
        var mentions = new List<ActorMention>();
        var events = new List<CodedEvent>();
        var claims = new List<Claim>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var index = sentences.Count;
            sentences.Add(new Sentence(index, new TextSpan(start, start + line.Length), SentenceKind.Body));
            var drones = new ActorMention
            {
                At = new Provenance(id, index, new TextSpan(start, start + "Russian drones".Length)),
                Text = "Russian drones",
                Actor = new ActorCode("RUS", "MIL"),
                Kind = MentionKind.Adjective,
            };
            var cityAt = start + line.IndexOf("Kharkiv", StringComparison.Ordinal);
            var city = new ActorMention
            {
                At = new Provenance(id, index, new TextSpan(cityAt, cityAt + "Kharkiv".Length)),
                Text = "Kharkiv",
                Actor = new ActorCode("UKR"),
                Kind = MentionKind.Seat,
            };
            mentions.Add(drones);
            mentions.Add(city);
            events.Add(new CodedEvent
            {
                Id = $"{id}:{index}:assault",
                At = new Provenance(id, index, new TextSpan(start, cityAt + "Kharkiv".Length)),
                Text = "Russian drones struck Kharkiv",
                Type = EventType.Assault,
                Mode = "drone",
                Date = PartialDate.From(new DateOnly(2024, 1, 1).AddDays(day % 365)),
                Actors = [drones],
                Recipients = [city],
                Trigger = "struck",
            });
            var killingAt = start + line.IndexOf("killing", StringComparison.Ordinal);
            claims.Add(new Claim
            {
                Id = $"{id}:{index}:killed",
                At = new Provenance(id, index, new TextSpan(killingAt, killingAt + "killing 1 people".Length)),
                Text = line.Substring(killingAt - start, "killing 1 people".Length),
                Subject = "killed",
                Value = index % 7 + 1,
                Date = PartialDate.From(new DateOnly(2024, 1, 1).AddDays(day % 365)),
            });
            start += line.Length + 1;
        }
        var document = new Document { Id = id, Path = $"bulletins/{day}.txt", Text = text, Format = DocumentFormat.Text };
        return new DocumentAnalysis(document, sentences, mentions, events, claims);
    }
}
