namespace Sitrep.Text;

/// <summary>Day names: full ("Tuesday") on their own, abbreviated ("Tue,") only in front of a full date.</summary>
internal static class Weekdays
{
    private static readonly WordTable<(DayOfWeek Day, bool Abbreviation)> Names = new(new Dictionary<string, (DayOfWeek, bool)>
    {
        ["monday"] = (DayOfWeek.Monday, false), ["tuesday"] = (DayOfWeek.Tuesday, false),
        ["wednesday"] = (DayOfWeek.Wednesday, false), ["thursday"] = (DayOfWeek.Thursday, false),
        ["friday"] = (DayOfWeek.Friday, false), ["saturday"] = (DayOfWeek.Saturday, false),
        ["sunday"] = (DayOfWeek.Sunday, false),
        ["mon"] = (DayOfWeek.Monday, true), ["tue"] = (DayOfWeek.Tuesday, true), ["tues"] = (DayOfWeek.Tuesday, true),
        ["wed"] = (DayOfWeek.Wednesday, true), ["thu"] = (DayOfWeek.Thursday, true), ["thur"] = (DayOfWeek.Thursday, true),
        ["thurs"] = (DayOfWeek.Thursday, true), ["fri"] = (DayOfWeek.Friday, true), ["sat"] = (DayOfWeek.Saturday, true),
        ["sun"] = (DayOfWeek.Sunday, true),
    });

    /// <summary>Every day name and abbreviation, lower case.</summary>
    public static IEnumerable<string> Words => Names.Words;

    public static bool TryAt(string text, ReadOnlySpan<Token> tokens, int i, out DayOfWeek day, out bool abbreviation)
    {
        day = default;
        abbreviation = false;
        if (i < 0 || i >= tokens.Length || !tokens[i].IsWord || !tokens[i].IsCapitalized(text)) return false;
        if (!Names.TryGet(tokens[i].In(text), out var entry)) return false;
        (day, abbreviation) = entry;
        return true;
    }
}
