using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Store;

/// <summary>
/// How domain values are written to columns and read back. Text forms are ISO so the database stays readable with
/// any SQL tool and sorts correctly as plain strings.
/// </summary>
internal static class StoredValues
{
    private const string UtcInstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>ISO 8601 round-trip form, keeping the offset the source gave.</summary>
    public static string Instant(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The same instant in UTC, fixed width, so string order is time order across offsets.</summary>
    public static string UtcInstant(DateTimeOffset value) => value.UtcDateTime.ToString(UtcInstantFormat, CultureInfo.InvariantCulture);

    /// <summary>First day a date can denote, as YYYY-MM-DD; null for no date.</summary>
    public static string? Earliest(PartialDate? date) => date is { } d ? Day(d.Earliest) : null;

    /// <summary>Last day a date can denote, as YYYY-MM-DD; null for no date.</summary>
    public static string? Latest(PartialDate? date) => date is { } d ? Day(d.Latest) : null;

    private static string Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static long Flag(bool value) => value ? 1 : 0;

    public static bool TryParseInstant(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Enum names only: Enum.TryParse alone would also accept "3", which no Sitrep version writes.</summary>
    public static bool TryParseEnum<T>(string text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text.Length > 0 && char.IsAsciiLetter(text[0])
            && Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value);
    }

    /// <summary>The error for a stored value this program cannot have written.</summary>
    public static StoreException Corrupt(string column, string text, string expected) =>
        new($"Column {column} holds '{text}', which is not {expected}; the database was changed outside Sitrep or is damaged.");
}
