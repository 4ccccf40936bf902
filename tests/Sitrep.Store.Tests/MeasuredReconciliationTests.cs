using Microsoft.Data.Sqlite;
using Sitrep.Domain;
using Sitrep.Store.Schema;

namespace Sitrep.Store.Tests;

/// <summary>Schema versions 2 and 3: what a group measures, its members and series points, and merged events.</summary>
public sealed class MeasuredReconciliationTests
{
    private static readonly ReconciledGroup TroopsInKursk = new()
    {
        Key = "PRK|troops||Kursk|2024-10-31",
        ClaimIds = ["pd2:1:troops", "pd3:3:troops"],
        Sources = 1,
        Low = 8_000,
        High = 11_000,
        Status = ReconcileStatus.SingleSource,
        Measure = "troops",
        Actor = "PRK",
        Place = "Kursk",
        Series = true,
        Members =
        [
            new()
            {
                ClaimId = "pd2:1:troops", Outlet = "Pacific Dispatch", Value = 8_000, Qualifier = "about",
                Attribution = "Secretary of State Antony Blinken said", Date = new PartialDate(2024, 10, 31), Place = "Kursk",
                Reason = "place stated: \"in the Kursk region\"",
            },
            new()
            {
                ClaimId = "pd3:3:troops", Outlet = "Pacific Dispatch", Low = 10_000, High = 12_000, Date = new PartialDate(2024, 11),
                Hedged = true, Reason = "no place stated; joined Kursk, the place stated most often for PRK troops within 30 days (1 of 1 placed reports)",
            },
        ],
        Points = [new SeriesPoint(new PartialDate(2024, 10, 31), 8_000, 8_000), new SeriesPoint(new PartialDate(2024, 11), 10_000, null)],
    };

    private static readonly MergedEvent Deployment = new()
    {
        Id = "m:ad1:0:mobilize",
        Type = EventType.Mobilize,
        Actors = ["PRK"],
        Recipients = ["RUS"],
        Date = new PartialDate(2024, 10, 18),
        EventIds = ["ad1:0:mobilize", "mp1:0:mobilize", "bw1:2:mobilize"],
        Outlets = ["Asia Desk Daily", "Baltic Wire", "The Meridian Post"],
    };

    private static readonly MergedEvent MoscowSigning = new()
    {
        Id = "m:pd2:7:agree",
        Type = EventType.Agree,
        Actors = ["PRK", "RUS"],
        Recipients = [],
        Date = null,
        EventIds = ["pd2:7:agree"],
        Outlets = ["doc:pd2"],
        Hedged = true,
    };

    [Fact]
    public void Measures_members_points_and_merged_events_read_back_as_saved()
    {
        using var store = SqliteStore.OpenInMemory();

        store.SaveReconciliation([TroopsInKursk], [], [Deployment, MoscowSigning]);

        var group = Assert.Single(store.Reconciled());
        Assert.Equal((TroopsInKursk.Key, "troops", "PRK", "Kursk", true), (group.Key, group.Measure, group.Actor, group.Place, group.Series));
        Assert.Equal(TroopsInKursk.ClaimIds, group.ClaimIds);
        Assert.Equal(TroopsInKursk.Members, group.Members);
        Assert.Equal(TroopsInKursk.Points, group.Points);
        var merged = store.MergedEvents();
        Assert.Equal(2, merged.Count);
        AssertSame(Deployment, merged[0]);
        AssertSame(MoscowSigning, merged[1]);
        Assert.True(merged[1].SingleOutlet);
        Assert.Equal(3, merged[0].Corroboration);
    }

    [Fact]
    public void Merged_events_can_be_queried_by_their_derived_columns()
    {
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
            store.SaveReconciliation([], [], [Deployment, MoscowSigning]);

        using var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM merged_events WHERE single_outlet = 1 AND corroboration = 1";

        Assert.Equal("m:pd2:7:agree", command.ExecuteScalar());
    }

    [Fact]
    public void Saving_without_merged_events_clears_the_previous_ones()
    {
        using var store = SqliteStore.OpenInMemory();
        store.SaveReconciliation([TroopsInKursk], [], [Deployment]);

        store.SaveReconciliation([], []);

        Assert.Empty(store.MergedEvents());
        Assert.Empty(store.Reconciled());
    }

    [Fact]
    public void Members_that_list_other_claims_than_the_group_are_refused_and_the_previous_run_kept()
    {
        using var store = SqliteStore.OpenInMemory();
        store.SaveReconciliation([TroopsInKursk], [], [Deployment]);
        var broken = TroopsInKursk with { ClaimIds = ["pd2:1:troops"] };

        Assert.Throws<ArgumentException>(() => store.SaveReconciliation([broken], [], []));

        Assert.Equal(TroopsInKursk.Members, Assert.Single(store.Reconciled()).Members);
        Assert.Single(store.MergedEvents());
    }

    [Fact]
    public void A_version_1_database_is_upgraded_and_its_old_groups_read_without_details()
    {
        using var db = new TempDatabase();
        using (var connection = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            connection.Open();
            SchemaMigrator.Migrate(connection, Migrations.All.Take(1).ToList(), 0, db.Path);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO reconciled_groups (id, group_key, sources, low, high, status) VALUES (1, 'PRK|troops||2024-10-18', 2, 10000, 12000, 'Conflict');
                INSERT INTO reconciled_members (group_id, position, claim_id) VALUES (1, 0, 'ad1:3:troops'), (1, 1, 'bw1:4:troops');
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteStore.Open(db.Path);

        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        var old = Assert.Single(store.Reconciled());
        Assert.Equal(("PRK|troops||2024-10-18", ReconcileStatus.Conflict), (old.Key, old.Status));
        Assert.Equal(["ad1:3:troops", "bw1:4:troops"], old.ClaimIds);
        Assert.Null(old.Measure);
        Assert.False(old.Series);
        Assert.Empty(old.Members);
        Assert.Empty(store.MergedEvents());
    }

    [Fact]
    public void Each_claim_is_given_the_sentence_it_was_read_from()
    {
        using var store = SqliteStore.OpenInMemory();
        var report = SampleNews.Kursk();
        store.Save(report, "coding-1");

        var sentences = store.ClaimSentences();

        Assert.Equal(report.Claims.Count, sentences.Count);
        foreach (var claim in report.Claims)
        {
            var sentence = sentences[claim.Id];
            Assert.Equal(claim.At.Sentence, sentence.Index);
            Assert.True(sentence.Span.Start <= claim.At.Span.Start && claim.At.Span.End <= sentence.Span.End);
            Assert.Contains(claim.Text, sentence.TextOf(report.Document), StringComparison.Ordinal);
        }
    }

    private static void AssertSame(MergedEvent expected, MergedEvent actual)
    {
        Assert.Equal((expected.Id, expected.Type, expected.Date, expected.Hedged), (actual.Id, actual.Type, actual.Date, actual.Hedged));
        Assert.Equal(expected.Actors, actual.Actors);
        Assert.Equal(expected.Recipients, actual.Recipients);
        Assert.Equal(expected.EventIds, actual.EventIds);
        Assert.Equal(expected.Outlets, actual.Outlets);
    }
}
