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
/// The sentence's token classes (one lookup per word, shared with the quantity scanner) tell the scanner which
/// families to try, so it does not try every rule at every token.
/// </summary>
internal static class DateCandidates
{
    /// <param name="all">The union of the classes of the sentence's tokens.</param>
    public static DateHints Of(TokenClass all)
    {
        var hints = DateHints.None;
        if ((all & TokenClass.Number) != 0) hints |= DateHints.Number;
        if ((all & TokenClass.Month) != 0) hints |= DateHints.Month;
        if ((all & TokenClass.Weekday) != 0) hints |= DateHints.Weekday;
        if ((all & TokenClass.Relative) != 0) hints |= DateHints.Relative;
        if ((all & TokenClass.Ago) != 0) hints |= DateHints.Ago;
        return hints;
    }

    /// <summary>Every word a date rule can start with; a word token without one starts no date.</summary>
    public static IEnumerable<string> StartWords =>
        [.. WeekdayDates.StartWords, .. MonthDates.StartWords, .. RelativeDates.StartWords, .. YearMentions.StartWords];
}
