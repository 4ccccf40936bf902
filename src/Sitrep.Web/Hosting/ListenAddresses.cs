using System.Net;

namespace Sitrep.Web;

/// <summary>Checks the URLs to listen on: well formed, and reachable only from this machine unless a token guards them.</summary>
internal static class ListenAddresses
{
    public static void Check(string urls, bool hasToken)
    {
        if (string.IsNullOrWhiteSpace(urls)) throw new DashboardException("No URL to listen on; give one like http://127.0.0.1:5080.");
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = Host(url);
            if (!IsLoopback(host) && !hasToken)
                throw new DashboardException(
                    $"Refusing to listen on {url} without a token: anyone on the network could read the database. "
                    + $"Pass --token or set {DashboardOptions.TokenVariable}, or listen on 127.0.0.1.");
        }
    }

    /// <summary>The host part of a URL; Kestrel's wildcards (*, +) are not valid URI hosts, so they are read by hand.</summary>
    private static string Host(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0 || !(url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            throw new DashboardException($"'{url}' is not an http:// or https:// URL (e.g. http://127.0.0.1:5080).");
        var rest = url[(scheme + 3)..];
        if (rest.StartsWith('*') || rest.StartsWith('+')) return "*";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new DashboardException($"'{url}' is not a valid URL (e.g. http://127.0.0.1:5080).");
        return uri.Host;
    }

    private static bool IsLoopback(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var bare = host.Trim('[', ']');
        return IPAddress.TryParse(bare, out var ip) && IPAddress.IsLoopback(ip);
    }
}
