using System.Globalization;

namespace Sitrep.Text;

/// <summary>What the letters glued to a number token say about it: "2bn", "11th", "155mm", "9am", "1990s".</summary>
internal enum NumberSuffix { None, Scale, Ordinal, Percent, Time, Decade, Measure, Unknown }

/// <summary>
/// A digit token read without allocating: its value, the suffix glued to it and the separators it used.
/// Times ("14:20") and slashed dates ("11/10/2024") are recognised but carry no value.
/// </summary>
internal readonly record struct DigitNumber(
    double Value,
    NumberSuffix Suffix,
    double SuffixScale,
    bool HasGrouping,
    bool HasDecimal,
    bool HasColon,
    bool HasSlash,
    int Digits,
    bool LeadingZero)
{
    /// <summary>A bare integer of four digits with no separator: the shape of a year.</summary>
    public bool IsYearShaped => Suffix == NumberSuffix.None && !HasGrouping && !HasDecimal && !HasColon && !HasSlash
        && Digits == 4 && Value is >= 1800 and <= 2100;

    /// <summary>A plain integer that may be a day of the month (1–31), optionally "10th".</summary>
    public bool IsDayShaped => Suffix is NumberSuffix.None or NumberSuffix.Ordinal && !HasGrouping && !HasDecimal
        && !HasColon && !HasSlash && Digits <= 2 && Value is >= 1 and <= 31;

    private static readonly WordTable<(NumberSuffix Kind, double Scale)> Suffixes = new(new Dictionary<string, (NumberSuffix, double)>
    {
        ["k"] = (NumberSuffix.Scale, 1e3), ["m"] = (NumberSuffix.Scale, 1e6), ["mn"] = (NumberSuffix.Scale, 1e6),
        ["mln"] = (NumberSuffix.Scale, 1e6), ["bn"] = (NumberSuffix.Scale, 1e9), ["bln"] = (NumberSuffix.Scale, 1e9),
        ["tn"] = (NumberSuffix.Scale, 1e12), ["trn"] = (NumberSuffix.Scale, 1e12),
        ["st"] = (NumberSuffix.Ordinal, 0), ["nd"] = (NumberSuffix.Ordinal, 0), ["rd"] = (NumberSuffix.Ordinal, 0),
        ["th"] = (NumberSuffix.Ordinal, 0),
        ["pc"] = (NumberSuffix.Percent, 0),
        ["am"] = (NumberSuffix.Time, 0), ["pm"] = (NumberSuffix.Time, 0), ["h"] = (NumberSuffix.Time, 0),
        ["hrs"] = (NumberSuffix.Time, 0), ["gmt"] = (NumberSuffix.Time, 0), ["utc"] = (NumberSuffix.Time, 0),
        ["s"] = (NumberSuffix.Decade, 0),
        ["mm"] = (NumberSuffix.Measure, 0), ["cm"] = (NumberSuffix.Measure, 0), ["km"] = (NumberSuffix.Measure, 0),
        ["kg"] = (NumberSuffix.Measure, 0), ["g"] = (NumberSuffix.Measure, 0), ["t"] = (NumberSuffix.Measure, 0),
        ["ft"] = (NumberSuffix.Measure, 0), ["mi"] = (NumberSuffix.Measure, 0), ["lb"] = (NumberSuffix.Measure, 0),
        ["lbs"] = (NumberSuffix.Measure, 0), ["kt"] = (NumberSuffix.Measure, 0), ["kw"] = (NumberSuffix.Measure, 0),
        ["mw"] = (NumberSuffix.Measure, 0), ["gw"] = (NumberSuffix.Measure, 0), ["kph"] = (NumberSuffix.Measure, 0),
        ["mph"] = (NumberSuffix.Measure, 0), ["sqm"] = (NumberSuffix.Measure, 0), ["ha"] = (NumberSuffix.Measure, 0),
    });

    public static bool TryRead(ReadOnlySpan<char> token, out DigitNumber number)
    {
        number = default;
        var bodyEnd = token.Length;
        while (bodyEnd > 0 && char.IsLetter(token[bodyEnd - 1])) bodyEnd--;
        var body = token[..bodyEnd];
        var suffix = token[bodyEnd..];
        if (body.IsEmpty || !char.IsAsciiDigit(body[0])) return false;

        var kind = NumberSuffix.None;
        var scale = 1.0;
        if (!suffix.IsEmpty)
        {
            if (Suffixes.TryGet(suffix, out var s)) (kind, scale) = (s.Kind, s.Kind == NumberSuffix.Scale ? s.Scale : 1.0);
            else kind = NumberSuffix.Unknown;
        }

        var hasColon = body.Contains(':');
        var hasSlash = body.Contains('/');
        var leadingZero = body.Length > 1 && body[0] == '0' && char.IsAsciiDigit(body[1]);
        if (hasColon || hasSlash)
        {
            number = new DigitNumber(double.NaN, kind, scale, false, false, hasColon, hasSlash, body.Length, leadingZero);
            return true;
        }
        if (!TryValue(body, out var value, out var grouped, out var hasDecimal, out var digits)) return false;
        number = new DigitNumber(value, kind, scale, grouped, hasDecimal, false, false, digits, leadingZero);
        return true;
    }

    /// <summary>
    /// Reads "10,000", "1.2", "1,200,000.5" and the continental "1.200.000". Commas must group by three,
    /// otherwise the token is a list ("3,4") and not a number.
    /// </summary>
    private static bool TryValue(ReadOnlySpan<char> body, out double value, out bool grouped, out bool hasDecimal, out int digits)
    {
        value = 0;
        grouped = false;
        hasDecimal = false;
        digits = 0;
        if (body.Length > 40) return false;
        var dots = body.Count('.');
        var dotsGroup = dots > 1;
        Span<char> clean = stackalloc char[body.Length];
        var n = 0;
        var run = 0;
        var sawSeparator = false;
        long whole = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n < 15) whole = whole * 10 + (c - '0');
                clean[n++] = c;
                run++;
                if (!hasDecimal) digits++;
                continue;
            }
            var isGroup = c == ',' || (c == '.' && dotsGroup);
            if (isGroup)
            {
                if (hasDecimal || (sawSeparator ? run != 3 : run > 3)) return false;
                grouped = true;
                sawSeparator = true;
                run = 0;
                continue;
            }
            if (c != '.' || (sawSeparator && run != 3)) return false;
            hasDecimal = true;
            clean[n++] = '.';
            sawSeparator = false;
            run = 0;
        }
        if (grouped && !hasDecimal && run != 3) return false;
        // A whole number of up to 15 digits is exact in a double: no need for the general parser.
        if (!hasDecimal && n <= 15)
        {
            value = whole;
            return true;
        }
        return double.TryParse(clean[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
