using Sitrep.Domain;
using static Sitrep.Reconcile.Tests.Fixtures.Reports;

namespace Sitrep.Reconcile.Tests;

public class ClaimGroupingTests
{
    private static readonly Dictionary<string, SourceInfo> Wires = Sources(
        ("reu-1", "Reuters", "2024-11-04"), ("ap-1", "AP", "2024-11-06"), ("bbc-1", "BBC", "2024-11-10"),
        ("reu-2", "Reuters", "2024-11-12"), ("yon-1", "Yonhap", "2025-02-03"));

    [Fact]
    public void Three_outlets_estimating_north_korean_troops_agree()
    {
        var claims = new[]
        {
            Claim("c1", "reu-1", "some 10,000 North Korean troops", "troops", "2024-11-04", value: 10_000, qualifier: "some"),
            Claim("c2", "ap-1", "between 10,000 and 12,000 soldiers from North Korea", "troops", "2024-11-06", low: 10_000, high: 12_000),
            Claim("c3", "bbc-1", "about 11,000 North Korean soldiers", "troops", "2024-11-10", value: 11_000, qualifier: "about"),
        };

        var group = Assert.Single(ClaimReconciler.Reconcile(claims, Wires));

        Assert.Equal("PRK|troops|||2024-11-04", group.Key);
        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal(3, group.Sources);
        Assert.Equal(10_000, group.Low);
        Assert.Equal(12_000, group.High);
        Assert.Equal(["c1", "c2", "c3"], group.ClaimIds);
    }

    [Fact]
    public void Two_stories_from_one_outlet_are_a_single_source()
    {
        var claims = new[]
        {
            Claim("c1", "reu-1", "some 10,000 North Korean troops", "troops", "2024-11-04", value: 10_000, qualifier: "some"),
            Claim("c2", "reu-2", "12,000 North Korean troops", "troops", "2024-11-12", value: 12_000),
        };

        var group = Assert.Single(ClaimReconciler.Reconcile(claims, Wires));

        Assert.Equal(1, group.Sources);
        Assert.Equal(ReconcileStatus.SingleSource, group.Status);
    }

    [Fact]
    public void Outlet_names_differing_only_in_case_are_one_source()
    {
        var sources = Sources(("d1", "Reuters", null), ("d2", "REUTERS ", null));
        var claims = new[]
        {
            Claim("c1", "d1", "3,000 North Korean troops", "troops", "2024-11-04", value: 3_000),
            Claim("c2", "d2", "12,000 North Korean troops", "troops", "2024-11-05", value: 12_000),
        };

        Assert.Equal(ReconcileStatus.SingleSource, Assert.Single(ClaimReconciler.Reconcile(claims, sources)).Status);
    }

    [Fact]
    public void Documents_of_unknown_outlet_count_as_separate_sources()
    {
        var claims = new[]
        {
            Claim("c1", "blog-a", "around 1,500 troops", "troops", "2024-11-04", value: 1_500, qualifier: "around"),
            Claim("c2", "blog-b", "1,450 troops", "troops", "2024-11-05", value: 1_450),
        };

        var group = Assert.Single(ClaimReconciler.Reconcile(claims, new Dictionary<string, SourceInfo>()));

        Assert.Equal(2, group.Sources);
        Assert.Equal(ReconcileStatus.Consistent, group.Status);
    }

    [Fact]
    public void Different_actors_subjects_and_units_are_not_grouped()
    {
        var claims = new[]
        {
            Claim("c1", "reu-1", "10,000 North Korean troops", "troops", "2024-11-04", value: 10_000),
            Claim("c2", "ap-1", "700,000 Russian troops", "troops", "2024-11-06", value: 700_000, actor: "RUS"),
            Claim("c3", "bbc-1", "1,200 North Korean soldiers killed", "killed", "2024-11-10", value: 1_200),
            Claim("c4", "ap-1", "$61 billion in aid", "aid", "2024-11-06", value: 61e9, actor: "USA", sector: "GOV", unit: "USD"),
            Claim("c5", "bbc-1", "€50 billion in aid", "aid", "2024-11-10", value: 50e9, actor: "USA", sector: "GOV", unit: "EUR"),
        };

        var keys = ClaimReconciler.Reconcile(claims, Wires).Select(g => g.Key).ToArray();

        Assert.Equal(
            ["PRK|killed|||2024-11-10", "PRK|troops|||2024-11-04", "RUS|troops|||2024-11-06", "USA|aid|EUR||2024-11-10", "USA|aid|USD||2024-11-06"],
            keys);
    }

    [Fact]
    public void Sector_is_ignored_and_a_missing_actor_keys_as_question_mark()
    {
        var claims = new[]
        {
            Claim("c1", "reu-1", "Russian forces lost 1,300 soldiers", "killed", "2024-11-04", value: 1_300, actor: "RUS", sector: "MIL"),
            Claim("c2", "ap-1", "Russia lost about 1,250 men", "killed", "2024-11-06", value: 1_250, actor: "RUS", sector: null, qualifier: "about"),
            Claim("c3", "bbc-1", "at least 40 people were killed", "killed", "2024-11-10", low: 40, actor: null),
        };

        var groups = ClaimReconciler.Reconcile(claims, Wires);

        Assert.Equal(["?|killed|||2024-11-10", "RUS|killed|||2024-11-04"], groups.Select(g => g.Key));
        Assert.Equal(["c1", "c2"], groups[1].ClaimIds);
        Assert.Equal(ReconcileStatus.Consistent, groups[1].Status);
    }

    [Fact]
    public void Claims_ninety_days_apart_fall_into_two_windows()
    {
        var claims = new[]
        {
            Claim("c1", "reu-1", "some 10,000 North Korean troops", "troops", "2024-11-04", value: 10_000, qualifier: "some"),
            Claim("c2", "yon-1", "about 11,000 North Korean troops", "troops", "2025-02-02", value: 11_000, qualifier: "about"),
        };

        var groups = ClaimReconciler.Reconcile(claims, Wires);

        Assert.Equal(["PRK|troops|||2024-11-04", "PRK|troops|||2025-02-02"], groups.Select(g => g.Key));
        Assert.All(groups, g => Assert.Equal(ReconcileStatus.SingleSource, g.Status));
    }

    [Fact]
    public void Windows_chain_by_single_link_and_follow_the_window_option()
    {
        // Three reports 20 days apart: each gap fits a 30-day window, so they chain into one group
        // although the first and last are 40 days apart; with a 14-day window each stands alone.
        var claims = new[]
        {
            Claim("c1", "reu-1", "some 10,000 North Korean troops", "troops", "2024-11-04", value: 10_000, qualifier: "some"),
            Claim("c2", "ap-1", "about 10,500 North Korean troops", "troops", "2024-11-24", value: 10_500, qualifier: "about"),
            Claim("c3", "bbc-1", "roughly 11,000 North Korean troops", "troops", "2024-12-14", value: 11_000, qualifier: "roughly"),
        };

        var chained = Assert.Single(ClaimReconciler.Reconcile(claims, Wires));
        var split = ClaimReconciler.Reconcile(claims, Wires, new ReconcileOptions { WindowDays = 14 });

        Assert.Equal(["c1", "c2", "c3"], chained.ClaimIds);
        Assert.Equal(3, split.Count);
        Assert.Equal("PRK|troops|||2024-12-14", split[2].Key);
    }

    [Fact]
    public void Claims_without_a_figure_or_a_date_are_left_out_but_publication_day_stands_in_for_a_missing_date()
    {
        var sources = Sources(("reu-1", "Reuters", "2024-11-04"), ("ap-1", "AP", "2024-11-06"), ("tg-1", "Telegram", null));
        var claims = new[]
        {
            Claim("c1", "reu-1", "some 10,000 North Korean troops", "troops", "2024-11-04", value: 10_000, qualifier: "some"),
            Claim("c2", "ap-1", "about 11,000 North Korean troops", "troops", date: null, value: 11_000, qualifier: "about"),
            Claim("c3", "tg-1", "40,000 North Korean troops", "troops", date: null, value: 40_000),
            Claim("c4", "ap-1", "North Korean troops in their thousands", "troops", "2024-11-06"),
        };

        var group = Assert.Single(ClaimReconciler.Reconcile(claims, sources));

        Assert.Equal(["c1", "c2"], group.ClaimIds);
        Assert.Equal(ReconcileStatus.Consistent, group.Status);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimReconciler.Reconcile([], Wires, new ReconcileOptions { Tolerance = -0.1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimReconciler.Reconcile([], Wires, new ReconcileOptions { WindowDays = -1 }));
    }
}
