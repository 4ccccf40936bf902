namespace Sitrep.Text;

/// <summary>Day and year numbers as they appear in written dates: "10", "10th", "2024".</summary>
internal static class DateNumbers
{
    public static bool TryDay(string text, ReadOnlySpan<Token> tokens, int i, out int day)
    {
        day = 0;
        if (i < 0 || i >= tokens.Length || !tokens[i].IsNumber) return false;
        if (!DigitNumber.TryRead(tokens[i].In(text), out var n) || !n.IsDayShaped) return false;
        day = (int)n.Value;
        return true;
    }

    /// <summary>A four-digit year next to a month or day ("November 2024"): any year 1000–2999.</summary>
    public static bool TryYear(string text, ReadOnlySpan<Token> tokens, int i, out int year)
    {
        year = 0;
        if (i < 0 || i >= tokens.Length || !tokens[i].IsNumber) return false;
        if (!DigitNumber.TryRead(tokens[i].In(text), out var n) || n.Suffix != NumberSuffix.None || n.HasGrouping
            || n.HasDecimal || n.HasColon || n.HasSlash || n.Digits != 4 || n.Value is < 1000 or > 2999)
            return false;
        year = (int)n.Value;
        return true;
    }

    /// <summary>A bare year standing alone ("in 1968"): the narrower 1800–2100 the quantity scanner also uses.</summary>
    public static bool TryBareYear(string text, ReadOnlySpan<Token> tokens, int i, out int year, out DigitNumber number)
    {
        year = 0;
        number = default;
        if (i < 0 || i >= tokens.Length || !tokens[i].IsNumber) return false;
        if (!DigitNumber.TryRead(tokens[i].In(text), out number) || !number.IsYearShaped) return false;
        year = (int)number.Value;
        return true;
    }
}
