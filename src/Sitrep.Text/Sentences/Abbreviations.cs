using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>How a word followed by a period behaves at a possible sentence boundary.</summary>
internal enum AbbreviationKind
{
    /// <summary>An ordinary word: its period ends the sentence.</summary>
    None,
    /// <summary>Always followed by something (titles: Gen., Mr., St.; vs., e.g.): never ends a sentence.</summary>
    NeverEnds,
    /// <summary>Introduces a number (No. 5, approx. 3,000, Mar. 4): ends a sentence unless a number follows.</summary>
    BeforeNumber,
    /// <summary>Can end a sentence (U.S., Inc., Nov., a.m.): does so only if a common sentence starter follows.</summary>
    CanEnd,
}

/// <summary>
/// Abbreviations of English news copy. Lookups are case-sensitive so that ordinary words ("ill.", "mass.", "1st.")
/// are not mistaken for abbreviations; ALL-CAPS forms (datelines, wire headlines) are retried in title case.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Table = Build();
    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies the word that ends right before the period at <paramref name="period"/>.</summary>
    public static AbbreviationKind BeforePeriod(string text, int sentenceStart, int period)
    {
        var start = period;
        while (start > sentenceStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        while (start < period && text[start] == '.') start++;
        // "1st." or "5km." are numbers with units, not abbreviations.
        if (start == period || (start > sentenceStart && char.IsDigit(text[start - 1]))) return AbbreviationKind.None;
        return Classify(text.AsSpan(start, period - start));
    }

    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var kind)) return kind;
        if (word.Length is > 1 and <= 16 && IsAllUpper(word))
        {
            Span<char> titleCase = stackalloc char[word.Length];
            titleCase[0] = word[0];
            for (var k = 1; k < word.Length; k++) titleCase[k] = char.ToLowerInvariant(word[k]);
            if (Lookup.TryGetValue(titleCase, out kind)) return kind;
        }
        if (IsInitialism(word)) return AbbreviationKind.CanEnd;
        // A lone capital is an initial: John F. Kennedy, Plan B.
        if (word.Length == 1 && char.IsUpper(word[0])) return AbbreviationKind.CanEnd;
        return AbbreviationKind.None;
    }

    /// <summary>Single letters joined by periods: U.S, U.N, J.R.R, a.m.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (var k = 0; k < word.Length; k++)
        {
            var wantLetter = k % 2 == 0;
            if (wantLetter ? !char.IsLetter(word[k]) : word[k] != '.') return false;
        }
        return word.Length % 2 == 1;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var d = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        void Add(AbbreviationKind kind, params string[] words)
        {
            foreach (var w in words) d[w] = kind;
        }

        // Titles and ranks precede a name; "vs." and "e.g." precede more text.
        Add(AbbreviationKind.NeverEnds,
            "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Lieut",
            "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Sec", "Amb", "Dr", "Drs", "Mr", "Mrs", "Ms", "Messrs",
            "Mme", "Prof", "Rev", "Hon", "Fr", "Supt", "Insp", "Det", "St", "Ste", "Mt", "Ft",
            "vs", "v", "cf", "viz", "e.g", "i.e");
        // Mar. is also a word; only a following number makes it the month.
        Add(AbbreviationKind.BeforeNumber,
            "No", "Nos", "no", "nos", "Art", "art", "Fig", "fig", "Vol", "vol", "p", "pp", "para", "Para", "ch", "Ch",
            "approx", "Approx", "est", "Est", "ca", "c", "Mar", "Nr", "nr", "Pt", "Tel", "tel", "Ref", "ref");
        Add(AbbreviationKind.CanEnd,
            "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Jr", "Sr", "Ph.D", "Ave", "Blvd", "Rd", "Dept", "Univ",
            "Assn", "Intl", "Mfg",
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
            "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
            "Wash", "Wis", "Wyo");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
