namespace Sitrep.Ingest.Metadata;

/// <summary>What a reader learned about an article besides its text. Any field may be unknown.</summary>
internal sealed record ArticleMetadata(
    string? Title = null,
    string? Outlet = null,
    string? Author = null,
    string? Url = null,
    DateTimeOffset? Published = null)
{
    public static readonly ArticleMetadata None = new();

    /// <summary>These values, with gaps filled from a less trusted source.</summary>
    public ArticleMetadata Or(ArticleMetadata fallback) => new(
        Pick(Title, fallback.Title),
        Pick(Outlet, fallback.Outlet),
        Pick(Author, fallback.Author),
        Pick(Url, fallback.Url),
        Published ?? fallback.Published);

    private static string? Pick(string? preferred, string? fallback) =>
        string.IsNullOrWhiteSpace(preferred) ? fallback : preferred;
}
