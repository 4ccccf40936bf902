namespace Sitrep.Coding.Petrarch;

/// <summary>What one piece of a PETRARCH verb pattern is.</summary>
public enum UnitKind
{
    /// <summary>A literal word ("TIES", "N'T", "ANTI-").</summary>
    Word,
    /// <summary>A synonym set ("&amp;CURRENCY").</summary>
    Synset,
    /// <summary>The verb ("*").</summary>
    Verb,
    /// <summary>"$": where the source actor stands.</summary>
    Source,
    /// <summary>"+": where the target actor stands.</summary>
    Target,
    /// <summary>"%": a compound subject that acts on itself.</summary>
    Mutual,
    /// <summary>"^": a phrase to skip.</summary>
    Skip,
}

/// <summary>One piece of a pattern, and whether other words may stand between it and the piece before ("_" says they may not).</summary>
public readonly record struct PatternUnit(UnitKind Kind, string Text, bool GapBefore);

/// <summary>
/// Splits the text of a PETRARCH pattern line ("- SAID WOULD_*_TALKS [102]", "- * (FOR {FINANCIAL AID}) [0231]")
/// into units. A blank between two units lets other words stand between them; "_" joins them. "{A B}" is a noun
/// phrase whose words stand together; "(PREP NOUN)" a prepositional phrase, read as its words in order. A "_"
/// followed by a blank is TABARI's whole-word marker and does not join anything.
/// </summary>
public static class PatternUnits
{
    public static bool TryParse(string pattern, out List<PatternUnit> units, out string why)
    {
        units = [];
        why = "";
        var gap = false;
        var i = 0;
        var inBraces = false;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsWhiteSpace(c)) { if (!inBraces) gap = true; i++; continue; }
            if (c == '_') { i++; continue; }
            if (c is '(' or ')') { gap = true; i++; continue; }
            if (c == '{') { inBraces = true; i++; continue; }
            if (c == '}') { inBraces = false; gap = true; i++; continue; }
            var start = i;
            UnitKind kind;
            if (c == '*') { kind = UnitKind.Verb; i++; }
            else if (c is '$' or '+' or '%' or '^' && (i + 1 == pattern.Length || IsBreak(pattern[i + 1])))
            {
                kind = c switch { '$' => UnitKind.Source, '+' => UnitKind.Target, '%' => UnitKind.Mutual, _ => UnitKind.Skip };
                i++;
            }
            else if (c == '&')
            {
                kind = UnitKind.Synset;
                i++;
                while (i < pattern.Length && char.IsAsciiLetterOrDigit(pattern[i])) i++;
                if (i == start + 1) { why = $"'&' without a synset name in '{pattern}'"; return false; }
            }
            else
            {
                kind = UnitKind.Word;
                while (i < pattern.Length && !IsBreak(pattern[i]) && pattern[i] != '*') i++;
            }
            units.Add(new PatternUnit(kind, pattern[start..i], units.Count > 0 && gap));
            gap = false;
        }
        if (inBraces) { why = $"'{{' without '}}' in '{pattern}'"; return false; }
        var verbs = units.Count(u => u.Kind == UnitKind.Verb);
        if (verbs != 1) { why = verbs == 0 ? $"pattern '{pattern}' has no '*' for the verb" : $"pattern '{pattern}' has more than one '*'"; return false; }
        return true;
    }

    private static bool IsBreak(char c) => char.IsWhiteSpace(c) || c is '_' or '(' or ')' or '{' or '}';
}
