using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sitrep.Browser.Tests;

/// <summary>
/// One browser tab on the dashboard in a fresh context, watching for what must never happen: console errors,
/// uncaught script errors, dialogs (an injected alert), and requests to any host but 127.0.0.1 (which are also
/// blocked, so a test can never reach the network).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly ConcurrentQueue<string> _problems = new();

    private BrowserPage(IBrowserContext context, IPage page, ITestOutputHelper output) => (_context, Page, _output) = (context, page, output);

    public IPage Page { get; }

    /// <summary>Dialogs opened by the page (alert, confirm, prompt); each is dismissed.</summary>
    public ConcurrentQueue<string> Dialogs { get; } = new();

    public static Task<BrowserPage> OpenAsync(DashboardFixture dashboard, ITestOutputHelper output, string path) =>
        OpenAsync(dashboard.Browser, dashboard.BaseUrl, output, path);

    /// <summary>Opens <paramref name="path"/> of the dashboard at <paramref name="baseUrl"/>; fails unless it answers 2xx.</summary>
    public static async Task<BrowserPage> OpenAsync(IBrowser browser, string baseUrl, ITestOutputHelper output, string path)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(route.Request.Url)) await route.ContinueAsync();
            else await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page, output);
        browserPage.Watch();
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        return browserPage;
    }

    private void Watch()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error") _problems.Enqueue($"console error on {Page.Url}: {message.Text}");
        };
        Page.PageError += (_, error) => _problems.Enqueue($"script error on {Page.Url}: {error}");
        Page.Request += (_, request) =>
        {
            if (!IsLocal(request.Url)) _problems.Enqueue($"request to another host: {request.Url}");
        };
        Page.Dialog += async (_, dialog) =>
        {
            Dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            _problems.Enqueue($"dialog on {Page.Url}: {dialog.Type} '{dialog.Message}'");
            await dialog.DismissAsync();
        };
    }

    /// <summary>Local means the dashboard's own address; data: and about: URLs never leave the browser.</summary>
    private static bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        return uri.Scheme is "data" or "about" or "blob" || (uri.Scheme == "http" && uri.Host == "127.0.0.1");
    }

    /// <summary>Fails with everything that went wrong since the page opened.</summary>
    public void AssertNothingWentWrong()
    {
        var problems = _problems.ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/NAME.png and prints where.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(Checkout.Screenshots, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"screenshot: {path}");
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
