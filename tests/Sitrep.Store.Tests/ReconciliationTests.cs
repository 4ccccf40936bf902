using Sitrep.Domain;

namespace Sitrep.Store.Tests;

public sealed class ReconciliationTests
{
    private static readonly ReconciledGroup TroopsInKursk = new()
    {
        Key = "PRK/MIL|troops|2024-11",
        ClaimIds = ["d-kursk-1110:2:troops", "d-yonhap-1111:4:troops", "d-kyiv-1112:1:troops"],
        Sources = 3,
        Low = 10_000,
        High = 12_000,
        Status = ReconcileStatus.Consistent,
    };

    private static readonly ReconciledGroup KilledInKursk = new()
    {
        Key = "|killed|2024",
        ClaimIds = ["d-kursk-1110:5:killed", "d-moscow-1112:3:killed"],
        Sources = 2,
        Low = 60_000,
        High = null,
        Status = ReconcileStatus.Conflict,
    };

    private static readonly ReconciledGroup AidPledge = new()
    {
        Key = "USA|dollars|2025-06",
        ClaimIds = ["d-kursk-1110:6:dollars"],
        Sources = 1,
        Status = ReconcileStatus.SingleSource,
    };

    private static readonly Corroboration ShellingNearSudzha =
        new("d-kursk-1110:3:assault", 2, 2, ["d-kyiv-1112:2:assault", "d-moscow-1112:5:assault"]);

    private static readonly Corroboration Uncorroborated = new("d-kursk-1110:4:assault", 0, 0, []);

    [Fact]
    public void Reconciliation_reads_back_in_the_order_it_was_saved()
    {
        using var store = SqliteStore.OpenInMemory();

        store.SaveReconciliation([TroopsInKursk, KilledInKursk, AidPledge], [ShellingNearSudzha, Uncorroborated]);

        GroupsEqual([TroopsInKursk, KilledInKursk, AidPledge], store.Reconciled());
        CorroborationsEqual([ShellingNearSudzha, Uncorroborated], store.Corroborations());
        Assert.Equal(3, store.Counts().Groups);
    }

    [Fact]
    public void A_new_reconciliation_replaces_the_previous_one()
    {
        using var store = SqliteStore.OpenInMemory();
        store.SaveReconciliation([TroopsInKursk, KilledInKursk, AidPledge], [ShellingNearSudzha, Uncorroborated]);
        var settled = KilledInKursk with { Status = ReconcileStatus.Consistent, High = 62_000 };

        store.SaveReconciliation([settled], [Uncorroborated]);

        GroupsEqual([settled], store.Reconciled());
        CorroborationsEqual([Uncorroborated], store.Corroborations());
        Assert.Equal(1, store.Counts().Groups);
    }

    [Fact]
    public void An_empty_reconciliation_clears_the_derived_tables_but_not_the_documents()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kursk(), "coding-1");
        store.SaveReconciliation([AidPledge], [ShellingNearSudzha]);

        store.SaveReconciliation([], []);

        Assert.Empty(store.Reconciled());
        Assert.Empty(store.Corroborations());
        Assert.Equal(new StoreCounts(1, 8, 14, 4, 3, 0), store.Counts());
    }

    [Fact]
    public void Recoding_a_document_does_not_edit_saved_groups()
    {
        using var store = SqliteStore.OpenInMemory();
        var report = SampleNews.Kursk();
        store.Save(report, "coding-1");
        store.SaveReconciliation([AidPledge], []);

        store.Save(report with { Claims = [] }, "coding-2");

        // Groups are derived data: they stay as the last reconciliation left them until the next run replaces them.
        GroupsEqual([AidPledge], store.Reconciled());
    }

    private static void GroupsEqual(IReadOnlyList<ReconciledGroup> expected, IReadOnlyList<ReconciledGroup> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].ClaimIds, actual[i].ClaimIds);
            Assert.Equal((expected[i].Key, expected[i].Sources, expected[i].Low, expected[i].High, expected[i].Status),
                (actual[i].Key, actual[i].Sources, actual[i].Low, actual[i].High, actual[i].Status));
        }
    }

    private static void CorroborationsEqual(IReadOnlyList<Corroboration> expected, IReadOnlyList<Corroboration> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].EventIds, actual[i].EventIds);
            Assert.Equal((expected[i].EventId, expected[i].Documents, expected[i].Outlets),
                (actual[i].EventId, actual[i].Documents, actual[i].Outlets));
        }
    }
}
