namespace Sitrep.Reconcile;

/// <summary>
/// Names the source a document counts as: its outlet when known, else the document itself.
/// The prefixes keep an outlet called like a document id from merging with that document.
/// </summary>
internal static class SourceKeys
{
    public static string Of(string documentId, IReadOnlyDictionary<string, SourceInfo> sources)
    {
        var outlet = sources.TryGetValue(documentId, out var info) ? info.Outlet?.Trim() : null;
        // Outlet names are compared case-insensitively ("Reuters" and "REUTERS" are one wire).
        return string.IsNullOrEmpty(outlet) ? "doc:" + documentId : "outlet:" + outlet.ToUpperInvariant();
    }
}
