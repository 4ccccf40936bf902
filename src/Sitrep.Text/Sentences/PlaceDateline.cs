using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Finds the wire-style dateline that opens a paragraph: "SEOUL — ", "KYIV, Ukraine (Baltic Wire) — ",
/// "ST. PETERSBURG, Russia, Nov. 6 -- ". The place is in capitals; region, date and outlet are optional;
/// a dash separates it from the story.
/// </summary>
internal static class PlaceDateline
{
    private const int MaxDatelineLength = 100;
    private const int MaxOutletLength = 60;
    private const int MaxCommaGroups = 3;
    private const int MaxWordsPerGroup = 4;

    /// <param name="place">The dateline without its dash: "KYIV, Ukraine (Baltic Wire)".</param>
    /// <param name="storyStart">Where the story text starts after the dash.</param>
    public static bool TryFind(string text, int start, int end, out TextSpan place, out int storyStart)
    {
        place = default;
        storyStart = start;
        var limit = Math.Min(end, start + MaxDatelineLength);
        var i = ReadCapitalWords(text, start, limit);
        if (i < 0) return false;

        for (var group = 0; group < MaxCommaGroups; group++)
        {
            if (i + 2 >= limit || text[i] != ',' || text[i + 1] != ' ' || !char.IsLetterOrDigit(text[i + 2]) || char.IsLower(text[i + 2]))
                break;
            i = ReadTitleWords(text, i + 2, limit);
        }

        var k = i < limit && text[i] == ' ' ? i + 1 : i;
        if (k < limit && text[k] == '(')
        {
            var close = text.AsSpan(k, Math.Min(MaxOutletLength, limit - k)).IndexOfAny(')', '\n');
            if (close > 0 && text[k + close] == ')') i = k + close + 1;
        }

        var placeEnd = i;
        while (i < limit && text[i] == ' ') i++;
        var spaced = i > placeEnd;
        if (i >= limit) return false;
        int dashEnd;
        if (text[i] is '—' or '–' or '―') dashEnd = i + 1;
        else if (text[i] == '-' && i + 1 < limit && text[i + 1] == '-') dashEnd = i + 2;
        else if (text[i] == '-' && spaced) dashEnd = i + 1;
        else return false;

        storyStart = SentenceChars.SkipSpace(text, dashEnd, end);
        // A plain hyphen needs space on both sides, or "KYIV-BASED" would count.
        if (storyStart >= end || (text[i] == '-' && storyStart == dashEnd)) return false;
        place = new TextSpan(start, placeEnd);
        return true;
    }

    /// <summary>Reads "KYIV", "NEW YORK", "ST. PETERSBURG", "PORT-AU-PRINCE"; returns the end, or -1.</summary>
    private static int ReadCapitalWords(string text, int i, int limit)
    {
        var letters = 0;
        while (i < limit && char.IsUpper(text[i]))
        {
            while (i < limit)
            {
                var c = text[i];
                if (char.IsUpper(c)) letters++;
                else if (char.IsLower(c)) return -1; // "Seoul —" is an ordinary subject, not a dateline
                else if (!(c is '.' or '\'' or '’' || (c == '-' && i + 1 < limit && char.IsUpper(text[i + 1])))) break;
                i++;
            }
            if (i + 1 < limit && text[i] == ' ' && char.IsUpper(text[i + 1]) && IsCapitalWord(text, i + 1, limit)) i++;
            else break;
        }
        return letters >= 2 ? i : -1;
    }

    private static bool IsCapitalWord(string text, int i, int limit)
    {
        for (; i < limit && char.IsLetter(text[i]); i++)
            if (!char.IsUpper(text[i])) return false;
        return true;
    }

    /// <summary>Reads up to four words that start with a capital or a digit: "South Korea", "Calif.", "Nov. 6".</summary>
    private static int ReadTitleWords(string text, int i, int limit)
    {
        for (var words = 0; words < MaxWordsPerGroup && i < limit; words++)
        {
            while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '\'' or '’' or '-')) i++;
            if (i + 1 < limit && text[i] == ' ' && (char.IsUpper(text[i + 1]) || char.IsDigit(text[i + 1]))) i++;
            else break;
        }
        return i;
    }
}
