using Sitrep.Benchmarking.Web;
using Sitrep.Coding;
using Sitrep.Domain;
using Sitrep.Store;

namespace Sitrep.EndToEnd.Tests;

/// <summary>The dashboard bench's bookkeeping, never its timings: copies are valid, distinct and varied.</summary>
public sealed class WebBenchLogicTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static DocumentAnalysis Coded() => Coder.Default().Code(new Document
    {
        Id = "kursk",
        Path = "kursk.txt",
        Title = "Ukrainian forces clash with North Korean troops",
        Outlet = "Harbour Signal",
        Published = new DateTimeOffset(2024, 11, 5, 8, 0, 0, TimeSpan.Zero),
        Text = "Ukrainian forces clash with North Korean troops\n\n"
            + "KYIV — Ukrainian forces attacked North Korean troops in the Kursk region on Monday, Defence Minister Rustem Umerov said. "
            + "Russia sent 10,000 North Korean soldiers to the front, according to the Pentagon.",
    }).Analysis;

    [Fact]
    public void A_copy_is_a_new_document_with_moved_dates_and_rotated_states()
    {
        var original = Coded();
        Assert.NotEmpty(original.Events);

        var copy = SyntheticCorpus.Copy(original, 3);

        Assert.Equal("kursk-x3", copy.Document.Id);
        Assert.All(copy.Events, e => Assert.StartsWith("kursk-x3", e.Id, StringComparison.Ordinal));
        Assert.All(copy.Events, e => Assert.Equal("kursk-x3", e.At.DocumentId));
        Assert.Equal(original.Events[0].Date!.Value.Earliest.AddDays(21), copy.Events[0].Date!.Value.Earliest);
        Assert.NotEqual(original.Events.SelectMany(e => e.Actors).Select(a => a.Actor.Code), copy.Events.SelectMany(e => e.Actors).Select(a => a.Actor.Code));
        Assert.Equal("Harbour Signal 3", copy.Document.Outlet);
        Assert.Equal(original.Document.Text, copy.Document.Text);
    }

    [Fact]
    public void Fill_saves_copies_through_the_store_until_the_event_count_is_reached()
    {
        var original = Coded();
        using var store = SqliteStore.Open(_dir.File("bench.db"));

        var documents = SyntheticCorpus.Fill(store, [original], 10 * original.Events.Count + 1, Coder.Version);

        Assert.Equal(11, documents);
        Assert.Equal(11 * original.Events.Count, store.Counts().Events);
    }

    [Theory]
    [InlineData(new double[] { 5, 1, 3, 2, 4 }, 0.5, 3)]
    [InlineData(new double[] { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200 }, 0.95, 190)]
    [InlineData(new double[] { 7 }, 0.95, 7)]
    public void Percentiles_are_nearest_rank(double[] samples, double p, double expected)
    {
        Array.Sort(samples);
        Assert.Equal(expected, WebBench.Percentile(samples, p));
    }
}
