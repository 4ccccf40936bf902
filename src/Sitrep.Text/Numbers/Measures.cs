namespace Sitrep.Text;

/// <summary>
/// What follows a figure that makes it a measure, an age or a time ago rather than a count:
/// "30 km", "155-millimetre", "34-year-old", "34 years old", "two days ago".
/// </summary>
internal static class Measures
{
    // Lengths, calibres, areas, weights, volumes, speeds, energy: not counts of anything.
    private static readonly WordSet Units = new(
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres",
        "meter", "meters", "m", "mm", "millimetre", "millimetres", "millimeter", "millimeters", "cm", "centimetre",
        "centimetres", "centimeter", "centimeters", "calibre", "caliber", "inch", "inches", "foot", "feet", "ft",
        "yard", "yards", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "tonne", "tonnes",
        "ton", "tons", "lb", "lbs", "hectare", "hectares", "acre", "acres", "sq", "square", "kph", "mph", "knots",
        "degree", "degrees", "celsius", "fahrenheit", "litre", "litres", "liter", "liters", "gallon", "gallons",
        "barrel", "barrels", "megawatt", "megawatts", "mw", "gw", "kw", "gigawatt", "gigawatts", "kiloton",
        "kilotons", "kilotonne", "kilotonnes", "megaton", "megatons", "nautical", "kilometre-long", "km-long");

    // Joined to a figure by a hyphen these make an adjective of size or duration: "10-day", "2,000-pound".
    private static readonly WordSet HyphenUnits = new(
        "pound", "year", "month", "week", "day", "hour", "minute", "second", "point", "fold", "storey", "story",
        "floor", "inch", "foot", "mile", "metre", "meter", "kilometre", "kilometer", "millimetre", "millimeter",
        "calibre", "caliber", "ton", "tonne", "kilogram", "degree", "minute-long", "hour-long", "day-long",
        "year-long", "mile-long", "km", "mm", "page", "long", "high", "wide", "deep", "tall", "thick");

    private static readonly WordSet TimeUnits = new(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries");

    /// <summary>A measure unit straight after the figure, or joined to it by a hyphen ("155-millimetre").</summary>
    public static bool IsMeasureAfter(string text, ReadOnlySpan<Token> tokens, int last)
    {
        var next = last + 1;
        if (next >= tokens.Length) return false;
        if (tokens[next].IsDash(text) && tokens[last].Touches(tokens[next]) && next + 1 < tokens.Length
            && tokens[next].Touches(tokens[next + 1]) && tokens[next + 1].IsWord)
        {
            var w = tokens[next + 1].In(text);
            return HyphenUnits.Contains(w) || Units.Contains(w) || HyphenUnits.Contains(FirstPart(w));
        }
        if (!tokens[next].IsWord) return false;
        // "20 miles" but also "30 square km", "12 nautical miles".
        return Units.Contains(tokens[next].In(text));
    }

    /// <summary>"34-year-old", "34 years old", "19-year-olds": an age.</summary>
    public static bool IsAgeAfter(string text, ReadOnlySpan<Token> tokens, int last)
    {
        var k = last + 1;
        if (TokenWords.DashAt(text, tokens, k)) k++;
        if (k >= tokens.Length || !tokens[k].IsWord) return false;
        var w = tokens[k].In(text);
        if (w.StartsWith("year-old", StringComparison.OrdinalIgnoreCase) || w.StartsWith("years-old", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!w.Equals("year", StringComparison.OrdinalIgnoreCase) && !w.Equals("years", StringComparison.OrdinalIgnoreCase))
            return false;
        k++;
        if (TokenWords.DashAt(text, tokens, k)) k++;
        return TokenWords.WordAt(text, tokens, k, "old") || TokenWords.WordAt(text, tokens, k, "olds");
    }

    /// <summary>"aged 34", "age 19", and the later ages of a list: "two children aged 6 and 9".</summary>
    public static bool IsAgeBefore(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first - 1;
        while (k >= 1 && tokens[k - 1].IsNumber
               && (TokenWords.WordAt(text, tokens, k, "and") || TokenWords.WordAt(text, tokens, k, "or")
                   || TokenWords.WordAt(text, tokens, k, "to") || TokenWords.CharAt(text, tokens, k, ',')))
            k -= 2;
        return TokenWords.WordAt(text, tokens, k, "aged") || TokenWords.WordAt(text, tokens, k, "age")
            || TokenWords.WordAt(text, tokens, k, "ages");
    }

    /// <summary>"two days ago", "three weeks ago": a date, which the date scanner reads.</summary>
    public static bool IsAgoAfter(string text, ReadOnlySpan<Token> tokens, int last) =>
        TimeUnits.At(text, tokens, last + 1) && TokenWords.WordAt(text, tokens, last + 2, "ago");

    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> word)
    {
        for (var c = 0; c < word.Length; c++)
            if (Tokenizer.IsDash(word[c])) return word[..c];
        return word;
    }
}
