namespace Sitrep.Store.Tests;

public sealed class FailureTests
{
    [Fact]
    public void A_refused_row_mid_document_leaves_none_of_that_document()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kursk(), "coding-1");
        var before = store.Counts();
        // The second claim reuses a claim id of the Kursk report: the document, sentences, mentions, events and
        // first claim are already inserted when the primary key refuses it.
        var kharkiv = SampleNews.Kharkiv();
        var clash = kharkiv.Claims[0] with { Id = "d-kursk-1110:5:killed" };
        var broken = kharkiv with { Claims = [kharkiv.Claims[0], clash] };

        var error = Assert.Throws<StoreException>(() => store.Save(broken, "coding-1"));

        Assert.Contains("d-kharkiv-stdin", error.Message);
        Assert.Equal(before, store.Counts());
        Assert.Null(store.Load("d-kharkiv-stdin"));
        Assert.False(store.Contains("d-kharkiv-stdin", "coding-1"));
    }

    [Fact]
    public void The_store_keeps_working_after_a_refused_document()
    {
        using var store = SqliteStore.OpenInMemory();
        store.Save(SampleNews.Kursk(), "coding-1");
        var kharkiv = SampleNews.Kharkiv();
        var broken = kharkiv with { Claims = [kharkiv.Claims[0], kharkiv.Claims[0]] };
        Assert.Throws<StoreException>(() => store.Save(broken, "coding-1"));

        Assert.Equal(SaveOutcome.Inserted, store.Save(kharkiv, "coding-1"));

        AnalysisAssert.Equal(kharkiv, store.Load("d-kharkiv-stdin")!);
    }

    [Fact]
    public void A_failed_recode_keeps_the_previous_version_intact()
    {
        using var store = SqliteStore.OpenInMemory();
        var original = SampleNews.Kursk();
        store.Save(original, "coding-1");
        // Same event id twice: the old rows are already deleted when the second insert fails.
        var broken = original with { Events = [original.Events[0], original.Events[1], original.Events[0]] };

        Assert.Throws<StoreException>(() => store.Save(broken, "coding-2"));

        Assert.True(store.Contains(original.Document.Id, "coding-1"));
        AnalysisAssert.Equal(original, store.Load(original.Document.Id)!);
    }

    [Fact]
    public void Using_a_disposed_store_fails_plainly()
    {
        var store = SqliteStore.OpenInMemory();
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.Save(SampleNews.Kharkiv(), "coding-1"));
        Assert.Throws<ObjectDisposedException>(() => store.Counts());
    }
}
