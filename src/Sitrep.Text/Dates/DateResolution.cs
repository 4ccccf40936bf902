using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Turns dates written without a year ("Nov 10", "in June", "on Tuesday") into calendar dates using the
/// publication date, the way a reader of that day's paper would.
/// </summary>
internal static class DateResolution
{
    /// <summary>
    /// A publication date far enough from the calendar's ends that "500 months ago" or "next year" cannot
    /// overflow; anything outside is a metadata error and is treated as unknown.
    /// </summary>
    public static DateOnly? Usable(DateOnly? published) =>
        published is { Year: >= 1000 and <= 9000 } p ? p : null;

    public static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static bool TryDay(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (!IsValidDay(year, month, day)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>"Nov 10": the latest such day not after publication plus one day (a dateline may run ahead by a day).</summary>
    public static bool TryLatestDay(int month, int day, DateOnly published, out PartialDate date)
    {
        date = default;
        var limit = published.AddDays(1);
        // Feb. 29 may need to look back up to eight years for a leap year.
        for (var year = limit.Year; year >= limit.Year - 8 && year >= 1; year--)
        {
            if (!IsValidDay(year, month, day)) continue;
            if (new DateOnly(year, month, day) > limit) continue;
            date = new PartialDate(year, month, day);
            return true;
        }
        return false;
    }

    /// <summary>"in June": the latest June not after publication ("last June" excludes the current month).</summary>
    public static PartialDate LatestMonth(int month, DateOnly published, bool strictlyBefore)
    {
        var sameYear = strictlyBefore ? month < published.Month : month <= published.Month;
        return new PartialDate(sameYear ? published.Year : published.Year - 1, month);
    }

    /// <summary>"next March": the first March after publication.</summary>
    public static PartialDate NextMonth(int month, DateOnly published) =>
        new(month > published.Month ? published.Year : published.Year + 1, month);

    /// <summary>"on Tuesday": the latest Tuesday on or before publication; "last Tuesday" skips publication day itself.</summary>
    public static DateOnly LatestWeekday(DayOfWeek day, DateOnly published, bool strictlyBefore)
    {
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && strictlyBefore) back = 7;
        return published.AddDays(-back);
    }

    /// <summary>"next Tuesday": the first Tuesday after publication.</summary>
    public static DateOnly NextWeekday(DayOfWeek day, DateOnly published)
    {
        var ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
        return published.AddDays(ahead == 0 ? 7 : ahead);
    }
}
