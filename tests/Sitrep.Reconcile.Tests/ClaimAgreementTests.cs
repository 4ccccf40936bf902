using Sitrep.Domain;
using static Sitrep.Reconcile.Tests.Fixtures.Reports;

namespace Sitrep.Reconcile.Tests;

/// <summary>Whether two outlets' figures for the same count agree, qualifier by qualifier.</summary>
public class ClaimAgreementTests
{
    private static readonly Dictionary<string, SourceInfo> TwoOutlets = Sources(
        ("kyiv-1", "Kyiv Independent", "2024-12-02"), ("meduza-1", "Meduza", "2024-12-03"));

    private static ReconciledGroup Reconcile(Claim first, Claim second) =>
        Assert.Single(ClaimReconciler.Reconcile([first, second], TwoOutlets));

    [Fact]
    public void At_least_sixty_thousand_agrees_with_eighty_thousand()
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "at least 60,000 Russian troops", "troops", "2024-12-02", low: 60_000, qualifier: "at least", actor: "RUS"),
            Claim("c2", "meduza-1", "80,000 Russian soldiers", "troops", "2024-12-03", value: 80_000, actor: "RUS"));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal(60_000, group.Low);
        Assert.Equal(80_000, group.High);
    }

    [Fact]
    public void At_least_written_as_a_qualified_value_is_still_a_floor()
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "more than 50,000 Russian troops", "troops", "2024-12-02", value: 50_000, qualifier: "more than", actor: "RUS"),
            Claim("c2", "meduza-1", "80,000 Russian soldiers", "troops", "2024-12-03", value: 80_000, actor: "RUS"));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal(50_000, group.Low);
        Assert.Equal(80_000, group.High);
    }

    [Fact]
    public void Three_thousand_against_twelve_thousand_is_a_conflict()
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "3,000 North Korean troops", "troops", "2024-12-02", value: 3_000),
            Claim("c2", "meduza-1", "12,000 North Korean troops", "troops", "2024-12-03", value: 12_000));

        Assert.Equal(ReconcileStatus.Conflict, group.Status);
        Assert.Equal(2, group.Sources);
        Assert.Equal(3_000, group.Low);
        Assert.Equal(12_000, group.High);
    }

    [Theory]
    [InlineData(10_800, ReconcileStatus.Consistent)] // bare figures ±5%: 10,000 allows up to 10,500, 10,800 down to 10,260
    [InlineData(11_600, ReconcileStatus.Conflict)]
    public void Bare_figures_get_half_the_slack_of_about(double other, ReconcileStatus expected)
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "10,000 North Korean troops", "troops", "2024-12-02", value: 10_000),
            Claim("c2", "meduza-1", $"{other:N0} North Korean troops", "troops", "2024-12-03", value: other));

        Assert.Equal(expected, group.Status);
    }

    [Theory]
    [InlineData(4_700, ReconcileStatus.Consistent)] // "nearly 5,000" is 4,000–5,000
    [InlineData(5_400, ReconcileStatus.Conflict)]   // never over 5,000, and 5,400 is at least 5,130
    public void Nearly_means_under_the_figure(double other, ReconcileStatus expected)
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "nearly 5,000 shells a day", "shells", "2024-12-02", value: 5_000, qualifier: "nearly", actor: "RUS"),
            Claim("c2", "meduza-1", $"{other:N0} shells a day", "shells", "2024-12-03", value: other, actor: "RUS"));

        Assert.Equal(expected, group.Status);
    }

    [Theory]
    [InlineData(1_200, ReconcileStatus.Consistent)]
    [InlineData(2_000, ReconcileStatus.Conflict)]
    public void Up_to_is_a_ceiling(double other, ReconcileStatus expected)
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "up to 1,500 Iranian-made drones", "drones", "2024-12-02", value: 1_500, qualifier: "up to", actor: "IRN"),
            Claim("c2", "meduza-1", $"{other:N0} drones from Iran", "drones", "2024-12-03", value: other, actor: "IRN"));

        Assert.Equal(expected, group.Status);
        Assert.Equal(Math.Min(1_500, other), group.Low);
        Assert.Equal(Math.Max(1_500, other), group.High);
    }

    [Fact]
    public void A_vague_thousands_is_only_a_floor()
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "thousands of North Korean soldiers", "troops", "2024-12-02", value: 1_000, qualifier: "vague"),
            Claim("c2", "meduza-1", "11,000 North Korean soldiers", "troops", "2024-12-03", value: 11_000));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal(1_000, group.Low);
        Assert.Equal(11_000, group.High);
    }

    [Fact]
    public void Disjoint_ranges_conflict()
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "between 2,000 and 3,000 troops", "troops", "2024-12-02", low: 2_000, high: 3_000),
            Claim("c2", "meduza-1", "from 8,000 to 10,000 troops", "troops", "2024-12-03", low: 8_000, high: 10_000));

        Assert.Equal(ReconcileStatus.Conflict, group.Status);
        Assert.Equal(2_000, group.Low);
        Assert.Equal(10_000, group.High);
    }

    [Fact]
    public void Floors_alone_leave_the_top_open()
    {
        var group = Reconcile(
            Claim("c1", "kyiv-1", "at least 60,000 Russian troops", "troops", "2024-12-02", low: 60_000, qualifier: "at least", actor: "RUS"),
            Claim("c2", "meduza-1", "more than 70,000 Russian troops", "troops", "2024-12-03", value: 70_000, qualifier: "more than", actor: "RUS"));

        Assert.Equal(ReconcileStatus.Consistent, group.Status);
        Assert.Equal(60_000, group.Low);
        Assert.Null(group.High);
    }
}
