using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// Finds a claim date that only starts the period a cumulative figure covers: "more than 8 million shells since
/// August 2023" is the count at the time of the report, not in August 2023. The coder dates such a claim by the
/// date it finds; reconciliation places it at the publication day instead, so reports of the same running total
/// fall in one window.
/// </summary>
internal static class PeriodStarts
{
    /// <summary>How many tokens after "since" the year may come: "since August 2023", "since early 2023".</summary>
    private const int Reach = 3;

    /// <summary>True when the sentence has "since" followed closely by the year of <paramref name="date"/>.</summary>
    public static bool IsPeriodStart(in ClaimWords w, PartialDate date)
    {
        for (var i = 0; i < w.Tokens.Count; i++)
        {
            if (!w.IsWord(i, "since")) continue;
            var last = Math.Min(w.Tokens.Count, i + 1 + Reach);
            for (var k = i + 1; k < last; k++)
                if (w.Tokens[k].IsNumber && int.TryParse(w.Word(k), out var year) && year == date.Year) return true;
        }
        return false;
    }
}
