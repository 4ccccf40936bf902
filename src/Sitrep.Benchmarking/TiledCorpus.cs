using System.Text;
using Sitrep.Domain;

namespace Sitrep.Benchmarking;

/// <summary>
/// A small corpus repeated in memory until it reaches a target size. Copies share the source's text string
/// (only the id differs), so tiling 100 MB costs almost no memory and the peak working set measures the coder.
/// </summary>
/// <param name="Documents">The tiled documents, every id distinct.</param>
/// <param name="Utf8Bytes">Total size: UTF-8 bytes of every <see cref="Document.Text"/>.</param>
/// <param name="SourceDocuments">How many distinct documents were repeated.</param>
public sealed record TiledCorpus(IReadOnlyList<Document> Documents, long Utf8Bytes, int SourceDocuments)
{
    /// <summary>Megabytes as reported everywhere in the bench: 1 MB = 1,000,000 bytes.</summary>
    public const double BytesPerMb = 1_000_000;

    public double Mb => Utf8Bytes / BytesPerMb;

    /// <summary>
    /// Repeats <paramref name="source"/> (duplicates by id dropped) until the total UTF-8 size is at least
    /// <paramref name="minBytes"/>; the last repetition stops as soon as the size is reached. The first copy keeps
    /// the original ids, later copies get "~N" appended so a store or a dedup step would see them as distinct.
    /// </summary>
    public static TiledCorpus Tile(IEnumerable<Document> source, long minBytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        var distinct = source.DistinctBy(d => d.Id).ToArray();
        var sizes = Array.ConvertAll(distinct, d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var once = sizes.Sum();
        if (once == 0) throw new ArgumentException("the corpus has no text to tile", nameof(source));

        var tiled = new List<Document>((int)Math.Min(int.MaxValue, distinct.Length * Math.Max(1, minBytes / once + 1)));
        long total = 0;
        for (var copy = 0; total < minBytes || copy == 0; copy++)
        {
            for (var i = 0; i < distinct.Length && (total < minBytes || copy == 0); i++)
            {
                tiled.Add(copy == 0 ? distinct[i] : distinct[i] with { Id = $"{distinct[i].Id}~{copy}" });
                total += sizes[i];
            }
        }
        return new TiledCorpus(tiled, total, distinct.Length);
    }
}
