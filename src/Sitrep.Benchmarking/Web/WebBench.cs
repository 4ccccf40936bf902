using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Web;

namespace Sitrep.Benchmarking.Web;

/// <summary>Latency of one endpoint: the first (cold) request, then p50/p95/max over the timed repeats.</summary>
public sealed record EndpointTiming(string Name, string Url, int Requests, double FirstMs, double P50Ms, double P95Ms, double MaxMs);

/// <summary>
/// Times the dashboard's API over a database: starts the real server on a free loopback port and requests each
/// endpoint with typical filters, first and deep pages, over HTTP, as the pages' scripts do.
/// </summary>
public static class WebBench
{
    public static async Task<IReadOnlyList<EndpointTiming>> Run(string dbPath, int requests, IProgress<string>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        var app = DashboardHost.Create(new DashboardOptions { DbPath = dbPath, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(DashboardHost.Addresses(app)[0]), Timeout = TimeSpan.FromMinutes(5) };
            var timings = new List<EndpointTiming>();
            foreach (var (name, url) in await Endpoints(client))
            {
                progress?.Report(name);
                timings.Add(await Time(client, name, url, requests));
            }
            return timings;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>The requests to time; deep pages are the last full page of each list, found from its total.</summary>
    private static async Task<List<(string Name, string Url)>> Endpoints(HttpClient client)
    {
        var events = await Total(client, "/api/events?pageSize=1");
        var prk = await Total(client, "/api/events?pageSize=1&actor=PRK");
        var claims = await Total(client, "/api/claims?pageSize=1");
        var documents = await Total(client, "/api/documents?pageSize=1");
        var search = await Total(client, "/api/search?q=troops&pageSize=1");
        var groups = await Total(client, "/api/reconciled?pageSize=1");
        using var first = JsonDocument.Parse(await client.GetStringAsync("/api/documents?pageSize=1"));
        var documentId = first.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        string Deep(long total) => Math.Max(1, total / 50).ToString(CultureInfo.InvariantCulture);
        return
        [
            ("events, first page", "/api/events"),
            ("events, deep page", $"/api/events?page={Deep(events)}"),
            ("events, actor=PRK", "/api/events?actor=PRK"),
            ("events, actor=PRK deep page", $"/api/events?actor=PRK&page={Deep(prk)}"),
            ("events, type+recipient+hedged", "/api/events?type=ASSAULT&recipient=UKR&hedged=exclude"),
            ("events, one month", "/api/events?from=2025-03-01&to=2025-03-31"),
            ("events, outlet", "/api/events?outlet=Kyiv%20Ledger%203"),
            ("claims, first page", "/api/claims"),
            ("claims, deep page", $"/api/claims?page={Deep(claims)}"),
            ("reconciled, first page", "/api/reconciled"),
            ("reconciled, conflicts", "/api/reconciled?status=conflict"),
            ("reconciled, deep page", $"/api/reconciled?page={Deep(groups)}"),
            ("escalation (cached)", "/api/escalation"),
            ("documents, first page", "/api/documents"),
            ("documents, deep page", $"/api/documents?page={Deep(documents)}"),
            ("documents, title words", "/api/documents?q=troops"),
            ("document", $"/api/documents/{Uri.EscapeDataString(documentId)}"),
            ("network", "/api/network"),
            ("network, actor=RUS", "/api/network?actor=RUS"),
            ("timeline", "/api/timeline"),
            ("timeline, dyad UKR→PRK", "/api/timeline?actor=UKR&recipient=PRK"),
            ("search", "/api/search?q=troops"),
            ("search, phrase", "/api/search?q=%22north%20korean%20troops%22"),
            ("search, deep page", $"/api/search?q=troops&page={Deep(search)}"),
            ("overview", "/api/overview"),
            ("page: overview", "/"),
            ("page: timeline", "/timeline"),
            ("page: document", $"/documents/{Uri.EscapeDataString(documentId)}"),
        ];
    }

    private static async Task<long> Total(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.GetProperty("total").GetInt64();
    }

    private static async Task<EndpointTiming> Time(HttpClient client, string name, string url, int requests)
    {
        var first = await Once(client, url);
        var samples = new double[requests];
        for (var i = 0; i < requests; i++) samples[i] = await Once(client, url);
        Array.Sort(samples);
        return new EndpointTiming(name, url, requests, first, Percentile(samples, 0.50), Percentile(samples, 0.95), samples[^1]);
    }

    private static async Task<double> Once(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
