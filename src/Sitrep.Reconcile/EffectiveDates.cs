using Sitrep.Domain;

namespace Sitrep.Reconcile;

/// <summary>
/// The date a claim or event is placed at: its own date, else its document's publication day when the source
/// list knows it. Null means undated; undated items cannot be placed in a time window and are not compared.
/// </summary>
internal static class EffectiveDates
{
    public static PartialDate? Of(PartialDate? own, string documentId, IReadOnlyDictionary<string, SourceInfo> sources)
    {
        if (own is not null) return own;
        return sources.TryGetValue(documentId, out var info) && info.Published is { } day ? PartialDate.From(day) : null;
    }
}
