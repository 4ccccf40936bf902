using Microsoft.AspNetCore.Http;

namespace Sitrep.Web;

/// <summary>
/// Headers on every response: scripts, styles and images only from this server (so even a missed encoding could not
/// load or run anything foreign), no MIME sniffing, no framing, no referrer leaking the token in a URL.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
