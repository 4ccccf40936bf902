namespace Sitrep.Text;

/// <summary>Which families of date a sentence can hold, from the words in it.</summary>
[Flags]
internal enum DateHints
{
    None = 0,
    /// <summary>A number token: numeric dates, days and years.</summary>
    Number = 1,
    /// <summary>A month name or abbreviation, or "mid-November".</summary>
    Month = 2,
    /// <summary>A day name or abbreviation.</summary>
    Weekday = 4,
    /// <summary>A word of a relative date: "yesterday", "this morning", "last week", "two days ago".</summary>
    Relative = 8,
    /// <summary>"ago", which every "N units ago" date ends with.</summary>
    Ago = 16,
}

/// <summary>
/// The date scanner's prefilter. Every date it reads holds a number, a month or day name or one of the words
/// of a relative date, and each family of rules needs its own kind of word; most sentences have few of them.
/// One pass with one lookup per word tells the scanner which families to try, so it does not try every rule
/// at every token.
/// </summary>
internal static class DateCandidates
{
    private static readonly WordTable<DateHints> Words = new(Build());

    public static DateHints Of(string text, IReadOnlyList<Token> tokens)
    {
        var hints = DateHints.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Number) hints |= DateHints.Number;
            else if (t.Kind == TokenKind.Word)
            {
                if (Words.TryGet(t.In(text), out var kind)) hints |= kind;
                else if (Months.IsMidPrefixed(text, t)) hints |= DateHints.Month;
            }
        }
        return hints;
    }

    private static Dictionary<string, DateHints> Build()
    {
        var words = new Dictionary<string, DateHints>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> list, DateHints kind)
        {
            foreach (var w in list) words[w] = words.GetValueOrDefault(w) | kind;
        }
        Add(Months.Words, DateHints.Month);
        Add(Weekdays.Words, DateHints.Weekday);
        Add(RelativeDates.Words, DateHints.Relative);
        Add(["ago"], DateHints.Ago | DateHints.Relative);
        return words;
    }
}
