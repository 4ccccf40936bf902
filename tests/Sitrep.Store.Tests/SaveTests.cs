using Sitrep.Domain;

namespace Sitrep.Store.Tests;

public sealed class SaveTests
{
    [Fact]
    public void Saving_the_same_coding_again_is_Unchanged_and_adds_no_rows()
    {
        using var store = SqliteStore.OpenInMemory();
        var report = SampleNews.Kursk();
        store.Save(report, "coding-1");
        var before = store.Counts();

        Assert.Equal(SaveOutcome.Unchanged, store.Save(report, "coding-1"));

        Assert.Equal(before, store.Counts());
        Assert.Equal(new StoreCounts(1, 8, 14, 4, 3, 0), before);
    }

    [Fact]
    public void Saving_under_a_new_coding_version_replaces_the_rows()
    {
        using var store = SqliteStore.OpenInMemory();
        var first = SampleNews.Kursk();
        store.Save(first, "coding-1");
        // The new coder drops the denied attack and reads the troop figure as a range.
        var recoded = first with
        {
            Events = first.Events.Where(e => !e.Negated).ToArray(),
            Claims = [first.Claims[0] with { Value = null, Low = 10_000, High = 12_000, Qualifier = null }, first.Claims[1]],
        };

        Assert.Equal(SaveOutcome.Recoded, store.Save(recoded, "coding-2"));

        Assert.Equal(new StoreCounts(1, 8, 14, 3, 2, 0), store.Counts());
        AnalysisAssert.Equal(recoded, store.Load(first.Document.Id)!);
        Assert.Equal(3, store.Events().Count);
    }

    [Fact]
    public void Contains_matches_document_and_coding_version()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kharkiv(), "coding-1");

        Assert.True(store.Contains("d-kharkiv-stdin", "coding-1"));
        Assert.False(store.Contains("d-kharkiv-stdin", "coding-2"));
        Assert.False(store.Contains("d-kursk-1110", "coding-1"));

        store.Save(SampleNews.Kharkiv(), "coding-2");
        Assert.True(store.Contains("d-kharkiv-stdin", "coding-2"));
        Assert.False(store.Contains("d-kharkiv-stdin", "coding-1"));
    }

    [Fact]
    public void An_item_pointing_at_another_document_is_refused_before_writing()
    {
        using var store = SqliteStore.OpenInMemory();
        var report = SampleNews.Kursk();
        var stray = report.Claims[0] with { At = report.Claims[0].At with { DocumentId = "d-other" } };
        var broken = report with { Claims = [report.Claims[1], stray] };

        var error = Assert.Throws<StoreException>(() => store.Save(broken, "coding-1"));

        Assert.Contains("d-other", error.Message);
        Assert.Contains(report.Claims[0].Id, error.Message);
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), store.Counts());
    }

    [Fact]
    public void A_sentence_span_past_the_end_of_the_text_is_refused()
    {
        using var store = SqliteStore.OpenInMemory();
        var report = SampleNews.Kharkiv();
        var length = report.Document.Text.Length;
        var broken = report with { Sentences = [report.Sentences[0], new Sentence(1, new TextSpan(60, length + 5), SentenceKind.Body)] };

        var error = Assert.Throws<StoreException>(() => store.Save(broken, "coding-1"));

        Assert.Contains("sentence 1", error.Message);
        Assert.Null(store.Load(report.Document.Id));
    }
}
