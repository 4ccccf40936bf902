using System.Globalization;
using System.Text;

namespace Sitrep.Web.Api;

/// <summary>The URLs every datum links to: its document, scrolled to its highlighted span.</summary>
internal static class Links
{
    public static string Document(string documentId) => "/documents/" + Uri.EscapeDataString(documentId);

    public static string Event(string documentId, string eventId) => $"{Document(documentId)}#ev-{Uri.EscapeDataString(eventId)}";

    public static string Claim(string documentId, string claimId) => $"{Document(documentId)}#cl-{Uri.EscapeDataString(claimId)}";

    public static string Sentence(string documentId, int index) =>
        $"{Document(documentId)}#s-{index.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A path with query parameters; empty values are left out and every value is escaped.</summary>
    public static string WithQuery(string path, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var url = new StringBuilder(path);
        var first = true;
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(value)) continue;
            url.Append(first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return url.ToString();
    }
}
