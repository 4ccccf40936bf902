namespace Sitrep.Ingest.Tests;

/// <summary>Interrupted downloads and half-written exports: any prefix of a valid file reads without throwing.</summary>
public sealed class TruncationTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Theory]
    [InlineData("drone-strike-kharkiv.html")]
    [InlineData("mopti-ambush.html")]
    [InlineData("pokrovsk-briefing.md")]
    [InlineData("kherson-shelling.txt")]
    [InlineData("wire-batch.jsonl")]
    [InlineData("sahel-monitor.rss")]
    [InlineData("baltic-wire.atom")]
    public void Every_prefix_of_a_fixture_reads_without_throwing(string fixture)
    {
        var bytes = File.ReadAllBytes(TestInput.Fixture(fixture));
        var paths = new List<string>();
        for (var cut = 1; cut < bytes.Length; cut += Math.Max(1, bytes.Length / 40))
            paths.Add(_input.WriteBytes($"cut{cut:D5}{Path.GetExtension(fixture)}", bytes[..cut]));

        var items = new Ingestor().Read(paths).ToList();

        Assert.True(items.Count >= paths.Count);
        foreach (var item in items)
        {
            if (item is IngestedDocument { Document: var doc })
            {
                Assert.Equal(DocumentIds.For(doc.Text), doc.Id);
                Assert.NotEmpty(doc.Text);
                Assert.All(doc.Captions, span => Assert.InRange(span.End, span.Start + 1, doc.Text.Length));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(Assert.IsType<IngestFailed>(item).Failure.Reason));
            }
        }
    }
}
