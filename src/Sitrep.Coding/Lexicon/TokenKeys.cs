using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// How tokens are compared with dictionary words: case-insensitively, with typographic apostrophes and
/// dashes folded, without allocating for ordinary words.
/// </summary>
public static class TokenKeys
{
    /// <summary>The lookup key of a token: its text, or a canonical form for clitics ("’s" → "'s").</summary>
    public static ReadOnlySpan<char> Of(string text, Token t)
    {
        var span = t.In(text);
        if (t.Kind == TokenKind.Clitic) return Clitic(span);
        if (HasTypographicApostrophe(span)) return Fold(span.ToString());
        return span;
    }

    // Called for every token by every lookup: words are short, so a plain loop beats a vectorised search.
    private static bool HasTypographicApostrophe(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (c >= 'ʼ' && (c == '’' || c == 'ʼ')) return true;
        return false;
    }

    // Clitics are frequent ("Russia's") and few: map them to constants instead of folding a new string each time.
    private static ReadOnlySpan<char> Clitic(ReadOnlySpan<char> span)
    {
        if (span.Length == 0) return span;
        var rest = span[1..];
        if (span[0] is '\'' or '’' or 'ʼ' or '‘')
        {
            if (rest.Length == 0) return "'";
            if (rest.Equals("s", StringComparison.OrdinalIgnoreCase)) return "'s";
            if (rest.Equals("d", StringComparison.OrdinalIgnoreCase)) return "'d";
            if (rest.Equals("m", StringComparison.OrdinalIgnoreCase)) return "'m";
            if (rest.Equals("re", StringComparison.OrdinalIgnoreCase)) return "'re";
            if (rest.Equals("ve", StringComparison.OrdinalIgnoreCase)) return "'ve";
            if (rest.Equals("ll", StringComparison.OrdinalIgnoreCase)) return "'ll";
        }
        if (span.Length == 3 && span[0] is 'n' or 'N' && span[1] is '\'' or '’' or 'ʼ' && span[2] is 't' or 'T') return "n't";
        return Fold(span.ToString());
    }

    /// <summary>Folds typographic apostrophes and hyphens to ASCII and lower-cases.</summary>
    public static string Fold(string s)
    {
        Span<char> buf = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            buf[i] = c switch
            {
                '’' or 'ʼ' or '‘' => '\'',
                '‐' or '‑' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
        return new string(buf);
    }

    /// <summary>
    /// A dictionary word written with a capital must be capitalised the same way in text ("US" is not "us");
    /// a lower-case dictionary word matches any case. All-caps text (headlines) matches either.
    /// </summary>
    public static bool CaseMatches(string dictionaryWord, ReadOnlySpan<char> textWord)
    {
        var hasUpper = false;
        foreach (var c in dictionaryWord) if (char.IsUpper(c)) { hasUpper = true; break; }
        if (!hasUpper) return true;
        if (textWord.Length != dictionaryWord.Length) return true; // folded forms (apostrophes) — compared by key already
        if (textWord.SequenceEqual(dictionaryWord)) return true;
        var allCaps = textWord.Length > 1;
        foreach (var c in textWord) if (char.IsLower(c)) { allCaps = false; break; }
        return allCaps;
    }
}
