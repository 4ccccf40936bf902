using Sitrep.Domain;
using Sitrep.Store;

namespace Sitrep.Benchmarking.Web;

/// <summary>
/// Fills a database with many events for the dashboard bench: copies of really coded analyses, each copy a new
/// document with its dates moved (spread over three years), its states rotated through a list of real codes (so
/// dyads vary) and its outlet numbered, saved through <see cref="SqliteStore.Save"/> like any analysis.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>States the copies rotate through; a copy maps each of these to another, one to one.</summary>
    private static readonly string[] States =
    [
        "RUS", "UKR", "PRK", "KOR", "USA", "CHN", "IRN", "ISR", "SYR", "TUR", "BLR", "POL", "DEU", "FRA", "GBR",
        "JPN", "IND", "PAK", "SAU", "YEM", "LBN", "IRQ", "GEO", "ARM", "AZE",
    ];

    private const int DaySpread = 1100;
    private const int OutletEditions = 25;

    /// <summary>Saves copies of <paramref name="samples"/> until at least <paramref name="events"/> events are stored.</summary>
    /// <returns>The number of documents written.</returns>
    public static int Fill(SqliteStore store, IReadOnlyList<DocumentAnalysis> samples, int events, string codingVersion)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(samples);
        var perSet = samples.Sum(a => a.Events.Count);
        if (perSet == 0) throw new ArgumentException("The sample analyses hold no events to copy.", nameof(samples));
        var written = 0;
        for (var copy = 0; (long)copy * perSet < events; copy++)
        {
            foreach (var sample in samples)
            {
                store.Save(Copy(sample, copy), codingVersion);
                written++;
            }
        }
        return written;
    }

    /// <summary>Copy number <paramref name="copy"/> of an analysis (copy 0 keeps its codes and dates).</summary>
    public static DocumentAnalysis Copy(DocumentAnalysis a, int copy)
    {
        var from = a.Document.Id;
        var id = $"{from}-x{copy}";
        var days = copy * 7 % DaySpread;
        var rotate = copy % 5 == 0 ? 0 : copy % States.Length;
        string NewId(string old) => old.StartsWith(from, StringComparison.Ordinal) ? id + old[from.Length..] : $"{id}:{old}";
        Provenance At(Provenance p) => p with { DocumentId = id };
        ActorCode Code(ActorCode c) => c with { Code = Rotate(c.Code, rotate) };
        ActorMention Mention(ActorMention m) => m with { At = At(m.At), Actor = Code(m.Actor) };
        Attribution? Said(Attribution? s) => s is null ? null : s with { Actor = s.Actor is null ? null : Code(s.Actor) };

        var document = a.Document with
        {
            Id = id,
            Path = $"{a.Document.Path}#{copy}",
            Outlet = a.Document.Outlet is null ? null : copy == 0 ? a.Document.Outlet : $"{a.Document.Outlet} {copy % OutletEditions}",
            Published = a.Document.Published?.AddDays(days),
        };
        return new DocumentAnalysis(document, a.Sentences,
            [.. a.Mentions.Select(Mention)],
            [.. a.Events.Select(e => e with
            {
                Id = NewId(e.Id),
                At = At(e.At),
                Date = Shift(e.Date, days),
                Actors = [.. e.Actors.Select(Mention)],
                Recipients = [.. e.Recipients.Select(Mention)],
                Attribution = Said(e.Attribution),
            })],
            [.. a.Claims.Select(c => c with
            {
                Id = NewId(c.Id),
                At = At(c.At),
                Date = Shift(c.Date, days),
                Actor = c.Actor is null ? null : Code(c.Actor),
                Attribution = Said(c.Attribution),
            })]);
    }

    private static string Rotate(string code, int by)
    {
        if (by == 0) return code;
        var i = Array.IndexOf(States, code);
        return i < 0 ? code : States[(i + by) % States.Length];
    }

    /// <summary>Moves a date by whole days at its own precision (a month-precise date moves by whole months).</summary>
    private static PartialDate? Shift(PartialDate? date, int days)
    {
        if (date is not { } d) return null;
        if (d.Day is not null) return PartialDate.From(d.Earliest.AddDays(days));
        if (d.Month is not null)
        {
            var moved = d.Earliest.AddMonths(days / 30);
            return new PartialDate(moved.Year, moved.Month);
        }
        return new PartialDate(d.Year + days / 365);
    }
}
