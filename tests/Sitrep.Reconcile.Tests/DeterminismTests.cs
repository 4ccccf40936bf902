using Sitrep.Domain;
using static Sitrep.Reconcile.Tests.Fixtures.Reports;

namespace Sitrep.Reconcile.Tests;

/// <summary>The same reports in any order give the same output, in the documented order.</summary>
public class DeterminismTests
{
    private static readonly Dictionary<string, SourceInfo> Outlets = Sources(
        ("reu-1", "Reuters", "2024-11-04"), ("ap-1", "AP", "2024-11-06"), ("bbc-1", "BBC", "2024-11-10"),
        ("yon-1", "Yonhap", "2025-02-03"), ("kyiv-1", "Kyiv Independent", "2024-11-06"));

    private static readonly Claim[] Claims =
    [
        Claim("c-b", "ap-1", "about 11,000 North Korean troops", "troops", "2024-11-06", value: 11_000, qualifier: "about"),
        Claim("c-a", "kyiv-1", "12,000 North Korean soldiers", "troops", "2024-11-06", value: 12_000),
        Claim("c-c", "reu-1", "some 10,000 North Korean troops", "troops", "2024-11-04", value: 10_000, qualifier: "some"),
        Claim("c-d", "yon-1", "some 3,000 North Korean casualties", "casualties", "2025-02-03", value: 3_000, qualifier: "some"),
        Claim("c-e", "bbc-1", "700,000 Russian troops", "troops", "2024-11-10", value: 700_000, actor: "RUS"),
    ];

    private static readonly CodedEvent[] Events =
    [
        Event("ev-3", "bbc-1", "Russian forces struck Odesa", EventType.Assault, "2024-11-10", ["RUS/MIL"], ["UKR"]),
        Event("ev-1", "reu-1", "Russia shelled Odesa", EventType.Assault, "2024-11-08", ["RUS"], ["UKR"]),
        Event("ev-2", "ap-1", "Russian artillery hit Odesa", EventType.Assault, "2024-11-08", ["RUS/MIL"], ["UKR"]),
    ];

    [Fact]
    public void Claim_groups_are_ordered_by_key_and_claims_by_date_then_id()
    {
        var groups = ClaimReconciler.Reconcile(Claims, Outlets);

        Assert.Equal(["PRK|casualties|||2025-02-03", "PRK|troops|||2024-11-04", "RUS|troops|||2024-11-10"], groups.Select(g => g.Key));
        Assert.Equal(["c-c", "c-a", "c-b"], groups[1].ClaimIds);
    }

    [Fact]
    public void Shuffled_claims_reconcile_identically()
    {
        var expected = Describe(ClaimReconciler.Reconcile(Claims, Outlets));
        var random = new Random(20241104);
        for (var round = 0; round < 10; round++)
        {
            var shuffled = Claims.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, Describe(ClaimReconciler.Reconcile(shuffled, Outlets)));
        }
    }

    [Fact]
    public void Corroborations_are_ordered_by_event_id_with_matches_by_date_then_id()
    {
        var result = EventCorroborator.Corroborate(Events, Outlets);
        var reversed = EventCorroborator.Corroborate([.. Events.Reverse()], Outlets);

        Assert.Equal(["ev-1", "ev-2", "ev-3"], result.Select(c => c.EventId));
        Assert.Equal(["ev-1", "ev-2"], result[2].EventIds);
        Assert.Equal(["ev-2", "ev-3"], result[0].EventIds);
        Assert.Equal(result.Select(c => string.Join(",", c.EventIds)), reversed.Select(c => string.Join(",", c.EventIds)));
    }

    private static string[] Describe(IReadOnlyList<ReconciledGroup> groups) =>
        [.. groups.Select(g => $"{g.Key} {string.Join(",", g.ClaimIds)} {g.Sources} {g.Low} {g.High} {g.Status}")];
}
