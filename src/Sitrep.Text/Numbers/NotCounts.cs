namespace Sitrep.Text;

/// <summary>
/// Numbers that are names, dates, times, ages or measures rather than counts: "Article 4", "KN-23",
/// "Nov. 10", "14:20", "aged 34", "155mm", "30 km". Checked before a figure becomes a quantity.
/// </summary>
internal static class NotCounts
{
    // A number straight after these names a thing, however they are written: "article 5", "page 3".
    private static readonly WordSet Labels = new(
        "article", "articles", "resolution", "resolutions", "page", "pages", "chapter", "section", "paragraph",
        "clause", "item", "annex", "appendix", "vol", "volume", "fig", "figure", "table", "version", "kilometre",
        "kilometer", "km", "psalm", "phase", "stage", "step");

    // These name a thing only when capitalised: "Unit 8200", "Highway 1", "Day 1000" — while "inside the
    // building 40 people were trapped" and "every day 300 shells" are counts.
    private static readonly WordSet CapitalLabels = new(
        "unit", "highway", "route", "road", "flight", "gate", "room", "building", "block", "sector", "zone", "level",
        "line", "platform", "terminal", "exit", "reactor", "hill", "height", "track", "plot", "pier", "berth", "day",
        "decree", "amendment", "protocol", "bill", "order", "directive", "regulation", "model", "mark", "mk", "tier",
        "category", "type", "project", "lot", "batch", "channel", "season", "episode", "district", "ward",
        "precinct", "camp", "no", "nos", "number", "act", "rule", "grade", "class", "apartment", "flat", "bus",
        "train", "tram", "bay", "hangar", "silo", "launcher", "pad", "squad", "cell", "group", "base", "site",
        "corps", "army", "fleet", "division", "brigade", "battalion", "regiment", "squadron", "wing");

    private static readonly WordSet TimeWords = new("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "GMT", "UTC", "hrs", "local");

    /// <summary>"Article 4", "No. 5", "#3", "Unit 8200": the number is a label.</summary>
    /// <param name="grouped">The figure has a thousands separator; labels are written without one, so
    /// "on Victory Day 10,000 soldiers marched" stays a count.</param>
    public static bool IsLabel(string text, ReadOnlySpan<Token> tokens, int i, bool grouped)
    {
        if (i == 0) return false;
        var prev = tokens[i - 1];
        if (prev.IsChar(text, '#')) return true;
        // "No. 5" / "Nos. 4 and 5".
        if (prev.IsChar(text, '.') && i >= 2 && tokens[i - 2].Touches(prev)
            && (tokens[i - 2].IsWord(text, "No") || tokens[i - 2].IsWord(text, "Nos") || tokens[i - 2].IsWord(text, "Art")))
            return true;
        if (!prev.IsWord) return false;
        if (Labels.At(text, tokens, i - 1)) return true;
        // "No 10 soldiers" opening a sentence is a determiner; "No 10" inside one is Downing Street.
        if (prev.IsWord(text, "no") && i - 1 == 0) return false;
        return !grouped && prev.IsCapitalized(text) && CapitalLabels.At(text, tokens, i - 1);
    }

    /// <summary>"KN-23", "Su-34", "F-16", "mid-2023": the number is glued by a hyphen to a word before it.</summary>
    public static bool IsHyphenedToWord(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].IsDash(text) && tokens[i - 1].Touches(tokens[i])
        && tokens[i - 2].IsWord && tokens[i - 2].Touches(tokens[i - 1]);

    /// <summary>"1." or "2)" at the start of a line numbers a list item.</summary>
    public static bool IsListNumber(string text, ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].StartsLine(text) && i + 1 < tokens.Length && tokens[i].Touches(tokens[i + 1])
        && (tokens[i + 1].IsChar(text, '.') || tokens[i + 1].IsChar(text, ')'));

    /// <summary>"9 a.m.", "3 p.m.", "6 o'clock".</summary>
    public static bool IsTimeAfter(string text, ReadOnlySpan<Token> tokens, int i) => TimeWords.At(text, tokens, i + 1);

    /// <summary>A day number next to a month: "Nov. 10", "10 November", "November 10th".</summary>
    public static bool IsDayOfMonth(string text, ReadOnlySpan<Token> tokens, int i, in DigitNumber n)
    {
        if (!n.IsDayShaped) return false;
        if (Months.EndsAt(text, tokens, i - 1, out _)) return true;
        var next = i + 1;
        if (TokenWords.WordAt(text, tokens, next, "of")) next++;
        return Months.TryAt(text, tokens, next, out _, out _, out _);
    }

    /// <summary>
    /// Three or more digit groups joined by hyphens ("2024-11-05", "555-123-4567"), a leading "+"
    /// ("+44 20"), a 3-4 split ("555-1234") or an area code in brackets before one ("(555) 123-4567"):
    /// dates and phone numbers, never counts. Returns the last token of the run so the scanner can skip all of it.
    /// </summary>
    public static bool IsCodeRun(string text, ReadOnlySpan<Token> tokens, int i, out int last)
    {
        last = i;
        var groups = 1;
        var k = i;
        while (k + 2 < tokens.Length && tokens[k + 1].IsDash(text) && tokens[k].Touches(tokens[k + 1])
               && tokens[k + 1].Touches(tokens[k + 2]) && tokens[k + 2].IsNumber)
        {
            k += 2;
            groups++;
        }
        if (groups >= 3) { last = k; return true; }
        if (i > 0 && tokens[i - 1].IsChar(text, '+') && tokens[i - 1].Touches(tokens[i]))
        {
            // "+44 20 7946 0958": the digit groups after a country code all belong to the number.
            while (k + 1 < tokens.Length && (tokens[k + 1].IsNumber
                   || (k + 2 < tokens.Length && tokens[k + 2].IsNumber && (tokens[k + 1].IsDash(text)
                       || tokens[k + 1].IsChar(text, '(') || tokens[k + 1].IsChar(text, ')')))))
                k += tokens[k + 1].IsNumber ? 1 : 2;
            last = k;
            return true;
        }
        if (groups == 2 && IsThreeFourSplit(text, tokens, i))
        {
            last = k;
            return true;
        }
        if (i > 0 && tokens[i - 1].IsChar(text, '(') && i + 2 < tokens.Length && tokens[i + 1].IsChar(text, ')')
            && IsThreeFourSplit(text, tokens, i + 2))
        {
            last = i + 4;
            return true;
        }
        return false;
    }

    /// <summary>"123-4567": three digits, a touching hyphen, four digits.</summary>
    private static bool IsThreeFourSplit(string text, ReadOnlySpan<Token> tokens, int i) =>
        i + 2 < tokens.Length && tokens[i].IsNumber && tokens[i].Length == 3 && tokens[i + 1].IsDash(text)
        && tokens[i].Touches(tokens[i + 1]) && tokens[i + 1].Touches(tokens[i + 2]) && tokens[i + 2].Length == 4
        && IsAllDigits(text, tokens[i]) && IsAllDigits(text, tokens[i + 2]);

    /// <summary>The hyphen-joined numbers after an excluded one ("2023-24", "Nov. 10-12") go with it.</summary>
    public static int SkipJoined(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var k = i;
        while (k + 2 < tokens.Length && tokens[k + 1].IsDash(text) && tokens[k].Touches(tokens[k + 1]) && tokens[k + 2].IsNumber)
            k += 2;
        return k;
    }

    private static bool IsAllDigits(string text, Token t)
    {
        foreach (var c in t.In(text)) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
