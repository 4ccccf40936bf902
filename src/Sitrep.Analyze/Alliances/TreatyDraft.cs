using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// A treaty entry as read, before it is checked: every directive keeps its line so that problems found only
/// once the entry is complete (a missing field, a freeze of a non-party) still point at the right line.
/// </summary>
internal sealed class TreatyDraft(string file, int line, string id)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Id { get; } = id;
    public bool Broken { get; set; }
    public HashSet<string> SeenKeys { get; } = new(StringComparer.Ordinal);

    public string? Name { get; set; }
    public Obligation? Obligation { get; set; }
    public string? Article { get; set; }
    public DateOnly? Signed { get; set; }
    public DateOnly? InForce { get; set; }
    public DateOnly? Ends { get; set; }
    public List<string> Sources { get; } = [];
    public List<string> Notes { get; } = [];
    public List<(TreatyParty Party, int Line)> Parties { get; } = [];
    public (string Id, int Line)? PartiesAs { get; set; }
    public List<(string Code, int Line)> Covers { get; } = [];
    public List<(string Code, DateOnly Since, string Note, int Line)> Frozen { get; } = [];
    public List<(Suspension Suspension, int Line)> Suspensions { get; } = [];

    /// <summary>The checked treaty, or null (with errors added) when anything is missing or inconsistent.</summary>
    public Treaty? Build(IReadOnlyDictionary<string, Treaty> earlier, List<DataFileError> errors)
    {
        var before = errors.Count;
        void Error(int at, string message) => errors.Add(new DataFileError(File, at, message));

        foreach (var (field, present) in new[]
                 {
                     ("name", Name is not null), ("obligation", Obligation is not null), ("article", Article is not null),
                     ("signed", Signed is not null), ("in-force", InForce is not null), ("source", Sources.Count > 0),
                 })
            if (!present) Error(Line, $"treaty '{Id}' has no '{field}:' line");
        if (Signed is { } s && InForce is { } f && f < s) Error(Line, $"treaty '{Id}' is in force ({f:yyyy-MM-dd}) before it was signed ({s:yyyy-MM-dd})");
        if (Ends is { } e && InForce is { } start && e <= start) Error(Line, $"treaty '{Id}' ends ({e:yyyy-MM-dd}) before it enters into force");

        var parties = new List<TreatyParty>();
        var suspensions = new List<Suspension>();
        if (PartiesAs is var (otherId, asLine))
        {
            if (earlier.TryGetValue(otherId, out var other))
            {
                parties.AddRange(other.Parties);
                suspensions.AddRange(other.Suspensions);
            }
            else Error(asLine, $"'parties-as: {otherId}' names no treaty read before this one");
        }
        foreach (var (party, at) in Parties)
        {
            if (parties.Exists(p => p.Code == party.Code)) Error(at, $"party {party.Code} listed twice in treaty '{Id}'");
            else parties.Add(party);
        }
        if (parties.Count < 2 && errors.Count == before) Error(Line, $"treaty '{Id}' needs at least two parties");

        foreach (var (code, since, note, at) in Frozen)
        {
            var index = parties.FindIndex(p => p.Code == code);
            if (index < 0) Error(at, $"frozen: {code} is not a party to '{Id}'");
            else parties[index] = parties[index] with { FrozenSince = since, FrozenNote = note.Length > 0 ? note : null };
        }
        foreach (var (suspension, at) in Suspensions)
        {
            if (!parties.Exists(p => p.Code == suspension.First) || !parties.Exists(p => p.Code == suspension.Second))
                Error(at, $"suspended: {suspension.First} and {suspension.Second} must both be parties to '{Id}'");
            else suspensions.Add(suspension);
        }
        foreach (var (code, at) in Covers)
            if (!parties.Exists(p => p.Code == code)) Error(at, $"covers: {code} is not a party to '{Id}'");

        if (errors.Count > before) return null;
        return new Treaty(Id, Name!, Obligation!.Value, parties, Signed!.Value, InForce!.Value, Article!, string.Join("; ", Sources), [.. Notes])
        {
            Ends = Ends,
            Covers = [.. Covers.Select(c => c.Code).Distinct()],
            Suspensions = suspensions,
            DefinedAt = $"{File}:{Line}",
        };
    }
}
