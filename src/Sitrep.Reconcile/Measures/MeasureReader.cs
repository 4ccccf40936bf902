using System.Collections.Frozen;

namespace Sitrep.Reconcile;

/// <summary>
/// Reads a claim's measure from its subject and clause. Only words next to the figure are consulted, so a
/// sentence about two figures gives each its own measure.
/// </summary>
internal static class MeasureReader
{
    /// <summary>The subjects the coder writes (docs/OUTPUT.md, claims.subject) and the measure each names.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SubjectMeasures = new Dictionary<string, string>
    {
        ["troops"] = Measures.Troops,
        ["killed"] = Measures.Killed, ["dead"] = Measures.Killed, ["deaths"] = Measures.Killed,
        ["wounded"] = Measures.Wounded, ["casualties"] = Measures.Casualties, ["captured"] = Measures.Captured,
        ["missing"] = Measures.Missing, ["displaced"] = Measures.Displaced, ["arrested"] = Measures.Arrested,
        ["civilians"] = Measures.Population,
        ["money"] = Measures.Money, ["dollars"] = Measures.Money,
        ["shells"] = Measures.Shells, ["missiles"] = Measures.Missiles, ["drones"] = Measures.Drones, ["containers"] = Measures.Containers,
        ["tanks"] = Measures.Tanks, ["aircraft"] = Measures.Aircraft, ["sanctions"] = Measures.Sanctions,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words right after a count of people that say what happened to them: "12 civilians were killed".</summary>
    private static readonly FrozenDictionary<string, string> LossWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = Measures.Killed, ["dead"] = Measures.Killed, ["died"] = Measures.Killed, ["slain"] = Measures.Killed,
        ["wounded"] = Measures.Wounded, ["injured"] = Measures.Wounded, ["hurt"] = Measures.Wounded,
        ["captured"] = Measures.Captured, ["missing"] = Measures.Missing,
        ["displaced"] = Measures.Displaced, ["fled"] = Measures.Displaced, ["evacuated"] = Measures.Displaced,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LossLookup =
        LossWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that make "first" name a contingent: "the first wave", "a first group of".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContingentNouns = new[]
    {
        "wave", "contingent", "group", "batch", "rotation", "deployment", "echelon", "units", "unit",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many tokens after the figure a loss verb may come: "soldiers were reportedly killed".</summary>
    private const int LossReach = 4;

    /// <summary>How many tokens before the figure "first" may come: "a first group of 1,500".</summary>
    private const int FirstReach = 3;

    /// <summary>The measure, and the words that re-read the subject as it (null when the subject was taken as is).</summary>
    public static (string Measure, string? Because) Read(string subject, in ClaimWords w)
    {
        // Known subjects map without allocating; another subject is its own measure, lower-cased.
        var measure = SubjectMeasures.TryGetValue(subject.AsSpan().Trim(), out var known) ? known : subject.Trim().ToLowerInvariant();
        if (measure is not (Measures.Troops or Measures.Population)) return (measure, null);

        if (LossAfter(w) is { } loss) return (loss.Measure, loss.Word);
        if (measure == Measures.Population) return (measure, null);
        if (ForceSizeCue(w) is { } size) return (Measures.ForceSize, size);
        if (FirstWaveCue(w) is { } first) return (Measures.FirstWave, first);
        return (measure, null);
    }

    private static (string Measure, string Word)? LossAfter(in ClaimWords w)
    {
        var last = Math.Min(w.ClauseEnd, w.ClaimEnd + LossReach);
        for (var i = w.ClaimEnd; i < last; i++)
            if (w.Tokens[i].IsWord && LossLookup.TryGetValue(w.Word(i), out var m)) return (m, w.Word(i).ToString());
        return null;
    }

    /// <summary>"active-duty", "standing army", "a 1.2 million-strong army", "armed forces number …".</summary>
    private static string? ForceSizeCue(in ClaimWords w)
    {
        for (var i = w.ClauseStart; i < w.ClauseEnd; i++)
        {
            if (!w.Tokens[i].IsWord) continue;
            var word = w.Word(i);
            if (word.Equals("active-duty", StringComparison.OrdinalIgnoreCase)) return "active-duty";
            if (word.EndsWith("-strong", StringComparison.OrdinalIgnoreCase)) return word.ToString();
            if (word.Equals("active", StringComparison.OrdinalIgnoreCase) && w.IsWord(i + 1, "duty")) return "active duty";
            if (word.Equals("standing", StringComparison.OrdinalIgnoreCase) && (w.IsWord(i + 1, "army") || w.IsWord(i + 1, "armies"))) return "standing army";
            if ((word.Equals("forces", StringComparison.OrdinalIgnoreCase) || word.Equals("army", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("military", StringComparison.OrdinalIgnoreCase))
                && (w.IsWord(i + 1, "number") || w.IsWord(i + 1, "numbers") || w.IsWord(i + 1, "numbered")))
                return $"{word} {w.Word(i + 1)}";
        }
        return null;
    }

    /// <summary>"the first 1,500 soldiers", "a first group of 1,500", "1,500 troops in the first wave".</summary>
    private static string? FirstWaveCue(in ClaimWords w)
    {
        for (var i = Math.Max(w.ClauseStart, w.ClaimFirst - FirstReach); i < w.ClaimFirst; i++)
            if (w.IsWord(i, "first") || w.IsWord(i, "initial")) return w.Word(i).ToString();
        var last = Math.Min(w.ClauseEnd, w.ClaimEnd + 6);
        for (var i = w.ClaimEnd; i < last - 1; i++)
            if ((w.IsWord(i, "first") || w.IsWord(i, "initial")) && w.Tokens[i + 1].IsWord && ContingentNouns.Contains(w.Word(i + 1)))
                return $"{w.Word(i)} {w.Word(i + 1)}";
        return null;
    }
}
