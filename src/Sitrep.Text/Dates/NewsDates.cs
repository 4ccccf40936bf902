using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>Publication dates as found in metadata, feeds and date lines.</summary>
public static class NewsDates
{
    // Metadata dates are short; a longer string is a paragraph, and only its start can hold a date line.
    private const int MaxLength = 200;

    /// <summary>
    /// Parses a stand-alone date string: "11/10/2024", "Nov. 10, 2024", "10 November 2024", "2024-11-10",
    /// "2024-11-10T09:30:00Z", "Updated: 11/10/2024 14:20", "Sun, 10 Nov 2024 09:30:00 GMT".
    /// Needs a full day; a time and zone are used when present, otherwise midnight UTC. Null if none; never throws.
    /// </summary>
    public static DateTimeOffset? ParseLoose(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var text = s.Length > MaxLength ? s[..MaxLength] : s;
        var trimmed = text.AsSpan().Trim();
        if (LooksIso(trimmed) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
            return iso;

        var tokens = Tokenizer.Tokenize(text);
        var found = new List<DateMention>(2);
        DateScanner.Scan(text, tokens, null, found);
        foreach (var mention in found)
        {
            if (mention.Date.Precision != DatePrecision.Day) continue;
            var day = mention.Date.Earliest;
            if (day.Year is < 2 or > 9998) return null;
            var (time, offset) = FindTime(text, TokenLists.AsSpan(tokens), mention);
            return new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(time)), offset ?? TimeSpan.Zero);
        }
        return null;
    }

    /// <summary>The first clock time after the date, else before it ("14:20 GMT, 10 Nov 2024").</summary>
    private static (TimeSpan Time, TimeSpan? Offset) FindTime(string text, ReadOnlySpan<Token> tokens, DateMention mention)
    {
        for (var k = mention.LastToken + 1; k < tokens.Length; k++)
        {
            if (TimeOfDay.TryRead(text, tokens, k, out var time, out var offset)) return (time, offset);
        }
        for (var k = 0; k < mention.FirstToken; k++)
        {
            if (TimeOfDay.TryRead(text, tokens, k, out var time, out var offset)) return (time, offset);
        }
        return (TimeSpan.Zero, null);
    }

    private static bool LooksIso(ReadOnlySpan<char> s) =>
        s.Length >= 10 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2])
        && char.IsAsciiDigit(s[3]) && s[4] == '-' && s[7] == '-';
}
