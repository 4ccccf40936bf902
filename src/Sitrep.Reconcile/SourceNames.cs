namespace Sitrep.Reconcile;

/// <summary>
/// The name a source is shown under: its outlet as the document writes it, else "doc:" and the document id.
/// Outlets differing only in case are one source (<see cref="SourceKeys"/>); the spelling that sorts first is shown.
/// </summary>
internal static class SourceNames
{
    public static string Of(string documentId, IReadOnlyDictionary<string, SourceInfo> sources)
    {
        var outlet = sources.TryGetValue(documentId, out var info) ? info.Outlet?.Trim() : null;
        return string.IsNullOrEmpty(outlet) ? "doc:" + documentId : outlet;
    }

    /// <summary>Distinct sources of some documents, one name each, sorted case-insensitively.</summary>
    public static string[] Distinct(IEnumerable<string> documentIds, IReadOnlyDictionary<string, SourceInfo> sources)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in documentIds)
        {
            var key = SourceKeys.Of(id, sources);
            var name = Of(id, sources);
            if (!byKey.TryGetValue(key, out var shown) || string.CompareOrdinal(name, shown) < 0) byKey[key] = name;
        }
        var names = byKey.Values.ToArray();
        Array.Sort(names, (a, b) =>
        {
            var c = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
            return c != 0 ? c : string.CompareOrdinal(a, b);
        });
        return names;
    }
}
