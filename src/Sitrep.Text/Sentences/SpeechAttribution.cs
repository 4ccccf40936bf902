using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>
/// Recognises an attribution right after a closed quotation: “Why now?” Smith asked. News style puts the
/// question or exclamation mark inside the quote, but the sentence goes on with the speaker and the verb.
/// </summary>
internal static class SpeechAttribution
{
    private const int MaxWordsBeforeVerb = 4;
    private const int MaxTailWords = 6;

    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes", "replied", "replies",
        "tweeted", "posted", "declared", "insisted", "warned", "stated", "shouted", "noted", "continued",
        "explained", "argued", "responded", "countered", "claimed", "admitted", "recalled", "demanded", "urged",
    ], StringComparer.OrdinalIgnoreCase);

    // Auxiliaries mean a clause of its own ("The question was asked"), not a speaker tag.
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        [
            "was", "were", "is", "are", "be", "been", "has", "have", "had", "not", "will", "would", "could", "can",
            "may", "might", "should", "must", "did", "does", "do",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup =
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup =
        Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when a speaker tag starts at <paramref name="start"/>: up to four words, then a speech verb.
    /// When <paramref name="tagMustEnd"/> is set the verb must close the clause ("Smith said." / "Smith said,");
    /// otherwise a short tail may follow ("Smith asked reporters on Monday.") but no reported clause
    /// ("The Red Cross said 11 people were freed").
    /// </summary>
    public static bool Follows(string text, int start, int end, bool tagMustEnd)
    {
        var i = start;
        for (var words = 0; words <= MaxWordsBeforeVerb && i < end; words++)
        {
            var wordStart = i;
            i = WordEnd(text, i, end);
            if (i == wordStart) return false;
            var word = text.AsSpan(wordStart, i - wordStart).TrimEnd('.');
            if (VerbLookup.Contains(word))
            {
                var after = wordStart + word.Length;
                if (after >= end || text[after] is '.' or ',') return true;
                return !tagMustEnd && IsShortTail(text, after, end);
            }
            if (AuxiliaryLookup.Contains(word)) return false;
            if (i >= end || !char.IsWhiteSpace(text[i])) return false;
            i = SentenceChars.SkipSpace(text, i, end);
        }
        return false;
    }

    /// <summary>A few words after the verb that close the clause without a verb of their own.</summary>
    private static bool IsShortTail(string text, int i, int end)
    {
        for (var words = 0; words < MaxTailWords; words++)
        {
            i = SentenceChars.SkipSpace(text, i, end);
            if (i >= end) return true;
            var wordStart = i;
            i = WordEnd(text, i, end);
            if (i == wordStart) return true; // punctuation closes the tag
            var word = text.AsSpan(wordStart, i - wordStart);
            if (AuxiliaryLookup.Contains(word) || word.Equals("that", StringComparison.OrdinalIgnoreCase)) return false;
            // "…asked reporters on Monday." — a word carrying the full stop closes the tag.
            if (word[^1] == '.') return true;
        }
        return false;
    }

    private static int WordEnd(string text, int i, int end)
    {
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '-' or '\'' or '’')) i++;
        return i;
    }
}
