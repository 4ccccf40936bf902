using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests;

/// <summary>Shared helpers: the built-in book, a few as-of dates, and readable queries on results.</summary>
internal static class Scenarios
{
    public static readonly TreatyBook Book = TreatyBook.LoadBuiltIn();

    /// <summary>The day the tests were written against; every built-in treaty here is in force then.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static WhatIfResult Run(string trigger, DateOnly? asOf = null, WhatIfOptions? options = null, TreatyBook? book = null)
    {
        Assert.True(WhatIfTrigger.TryParse(trigger, out var parsed, out var error), error);
        return WhatIf.Run(book ?? Book, parsed, asOf ?? Today, options);
    }

    public static IReadOnlyList<string> StatesUnder(this IEnumerable<Commitment> list, string treatyId) =>
        [.. list.Where(c => c.Treaty.Id == treatyId).Select(c => c.State).Order(StringComparer.Ordinal)];

    public static Commitment? Entry(this IEnumerable<Commitment> list, string state, string treatyId) =>
        list.FirstOrDefault(c => c.State == state && c.Treaty.Id == treatyId);

    public static IReadOnlyList<string> MembersOn(string treatyId, DateOnly date) =>
        [.. Book.Find(treatyId)!.Parties.Where(p => p.IsMemberOn(date)).Select(p => p.Code).Order(StringComparer.Ordinal)];
}
