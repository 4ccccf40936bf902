using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// The treaties Sitrep knows, immutable once loaded. Built-in reference data ships inside the assembly
/// (src/Sitrep.Analyze/Treaties/*.txt); users can add or override entries with their own files.
/// </summary>
public sealed class TreatyBook
{
    private const string ResourcePrefix = "Sitrep.Analyze.Treaties.";
    private static readonly Lazy<TreatyBook> BuiltIn = new(ReadBuiltIn);
    private readonly Dictionary<string, List<Treaty>> _byParty = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Treaty> _byId = new(StringComparer.Ordinal);

    private TreatyBook(IReadOnlyList<Treaty> treaties, IReadOnlyList<DataFileError> errors)
    {
        Treaties = treaties;
        Errors = errors;
        foreach (var treaty in treaties)
        {
            _byId[treaty.Id] = treaty;
            foreach (var party in treaty.Parties)
            {
                if (!_byParty.TryGetValue(party.Code, out var list)) _byParty[party.Code] = list = [];
                list.Add(treaty);
            }
        }
    }

    /// <summary>Every entry, in the order read (built-in files alphabetically, entries in file order).</summary>
    public IReadOnlyList<Treaty> Treaties { get; }

    /// <summary>Problems found while reading, each naming file and line; entries with problems are left out.</summary>
    public IReadOnlyList<DataFileError> Errors { get; }

    /// <summary>The reference data shipped with Sitrep (read once, shared: the book is immutable).</summary>
    public static TreatyBook LoadBuiltIn() => BuiltIn.Value;

    /// <summary>
    /// Reads treaty files. With a <paramref name="basis"/> (usually the built-in book) the files add to it, an entry
    /// with an existing id replaces the basis entry (to correct or update reference data), and 'parties-as' may
    /// name basis entries.
    /// </summary>
    public static TreatyBook Load(IEnumerable<string> files, TreatyBook? basis = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sources = new List<(string Name, IEnumerable<string> Lines)>();
        var errors = new List<DataFileError>();
        foreach (var path in files)
        {
            try
            {
                sources.Add((path, File.ReadAllLines(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new DataFileError(path, 0, $"cannot read: {e.Message}"));
            }
        }
        return Read(sources, basis, errors);
    }

    public Treaty? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Entries in force on <paramref name="date"/>.</summary>
    public IReadOnlyList<Treaty> InForce(DateOnly date) => [.. Treaties.Where(t => t.IsInForceOn(date))];

    /// <summary>
    /// What every partner owes <paramref name="code"/> on <paramref name="date"/>: one link per partner and treaty in
    /// force, both parties then members, the obligation covering <paramref name="code"/>'s territory and not
    /// suspended between the two. All obligation types are returned; callers pick the ones they need.
    /// </summary>
    public IReadOnlyList<TreatyLink> AlliesOf(string code, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!_byParty.TryGetValue(code, out var treaties)) return [];
        var links = new List<TreatyLink>();
        foreach (var treaty in treaties)
        {
            var self = treaty.PartyOf(code);
            if (!treaty.IsInForceOn(date) || self is null || !self.IsMemberOn(date) || !treaty.Protects(code)) continue;
            foreach (var partner in treaty.Parties)
            {
                if (partner.Code == code || !partner.IsMemberOn(date)) continue;
                if (treaty.Suspensions.Any(s => s.Applies(code, partner.Code, date))) continue;
                var since = Max(treaty.InForce, Max(self.Joined, partner.Joined));
                links.Add(new TreatyLink(partner.Code, treaty, since) { Caveat = FreezeCaveat(partner, self, date) });
            }
        }
        return links;
    }

    /// <summary>Entries (at any date) that bind all of <paramref name="codes"/> together.</summary>
    public IReadOnlyList<Treaty> Binding(IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0 || !_byParty.TryGetValue(codes.First(), out var treaties)) return [];
        return [.. treaties.Where(t => codes.All(c => t.PartyOf(c) is not null))];
    }

    /// <summary>A book with <paramref name="more"/> added after the existing entries (used for pacts reported in the news).</summary>
    internal TreatyBook With(IEnumerable<Treaty> more) => new([.. Treaties, .. more], Errors);

    private static string? FreezeCaveat(TreatyParty partner, TreatyParty attacked, DateOnly date)
    {
        var notes = new List<string>(2);
        foreach (var party in new[] { partner, attacked })
            if (party.IsFrozenOn(date))
                notes.Add(party.FrozenNote ?? $"{party.Code} froze its participation on {party.FrozenSince:yyyy-MM-dd}.");
        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static TreatyBook ReadBuiltIn()
    {
        var assembly = typeof(TreatyBook).Assembly;
        var sources = new List<(string Name, IEnumerable<string> Lines)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line) lines.Add(line);
            sources.Add(("Treaties/" + resource[ResourcePrefix.Length..], lines));
        }
        return Read(sources, null, []);
    }

    private static TreatyBook Read(List<(string Name, IEnumerable<string> Lines)> sources, TreatyBook? basis, List<DataFileError> errors)
    {
        var ordered = new List<Treaty>(basis?.Treaties ?? []);
        var known = ordered.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var readNow = new HashSet<string>(StringComparer.Ordinal);
        if (basis is not null) errors.InsertRange(0, basis.Errors);
        foreach (var (name, lines) in sources)
        {
            foreach (var draft in TreatyFileParser.Parse(name, lines, errors))
            {
                if (draft.Broken) continue;
                if (!readNow.Add(draft.Id))
                {
                    errors.Add(new DataFileError(draft.File, draft.Line, $"treaty '{draft.Id}' is defined twice"));
                    continue;
                }
                var treaty = draft.Build(known, errors);
                if (treaty is null) continue;
                var at = ordered.FindIndex(t => t.Id == treaty.Id);
                if (at >= 0) ordered[at] = treaty;
                else ordered.Add(treaty);
                known[treaty.Id] = treaty;
            }
        }
        return new TreatyBook(ordered, errors);
    }
}
