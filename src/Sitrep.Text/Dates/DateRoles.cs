namespace Sitrep.Text;

/// <summary>Reads the role of a date from the word in front of it: "since" → Since, "until"/"by" → Until.</summary>
internal static class DateRoles
{
    private static readonly WordTable<DateRole> Before = new(new Dictionary<string, DateRole>
    {
        ["since"] = DateRole.Since, ["from"] = DateRole.Since, ["after"] = DateRole.Since, ["starting"] = DateRole.Since,
        ["between"] = DateRole.Since,
        ["until"] = DateRole.Until, ["till"] = DateRole.Until, ["through"] = DateRole.Until, ["by"] = DateRole.Until,
        ["before"] = DateRole.Until,
        ["around"] = DateRole.Around, ["about"] = DateRole.Around, ["circa"] = DateRole.Around,
        ["approximately"] = DateRole.Around, ["roughly"] = DateRole.Around,
    });

    /// <summary>
    /// Since and Until outrank a vague modifier ("since early November" is still a start);
    /// otherwise "early/late/mid" and "last week" make the date Around.
    /// </summary>
    /// <param name="previous">The mention found just before in the same sentence, if any.</param>
    public static DateRole Of(string text, ReadOnlySpan<Token> tokens, in DateMatch match, DateMention? previous)
    {
        // The second end of "from March to June", "between Oct. 28 and Nov. 1", "1998-2004".
        if (previous is { Role: DateRole.Since } start && start.LastToken == match.First - 2
            && (TokenWords.WordAt(text, tokens, match.First - 1, "to") || TokenWords.WordAt(text, tokens, match.First - 1, "and")
                || TokenWords.DashAt(text, tokens, match.First - 1)))
            return DateRole.Until;

        var prev = match.First - 1;
        var role = DateRole.On;
        if (prev >= 0 && tokens[prev].IsWord && Before.TryGet(tokens[prev].In(text), out var found)) role = found;
        // "ahead of" is the one two-word preposition worth reading.
        else if (prev >= 1 && tokens[prev].IsWord(text, "of") && tokens[prev - 1].IsWord(text, "ahead")) role = DateRole.Until;
        if (role is DateRole.Since or DateRole.Until) return role;
        return match.Around ? DateRole.Around : role;
    }
}
