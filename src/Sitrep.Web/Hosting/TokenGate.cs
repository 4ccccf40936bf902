using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web;

/// <summary>
/// With a token configured, every request (pages, assets, API) must carry it: an <c>Authorization: Bearer</c> header,
/// the cookie this gate sets, or <c>?token=</c> once (which sets the HttpOnly cookie so links keep working).
/// </summary>
internal sealed class TokenGate(RequestDelegate next, string token)
{
    public const string CookieName = "sitrep_token";
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (Matches(Bearer(request.Headers.Authorization.ToString())) || Matches(request.Cookies[CookieName]))
        {
            await next(context);
            return;
        }
        var fromQuery = request.Query["token"].ToString();
        if (fromQuery.Length > 0 && Matches(fromQuery))
        {
            context.Response.Cookies.Append(CookieName, fromQuery, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.Response.WriteAsync(
            fromQuery.Length > 0 || request.Headers.Authorization.Count > 0
                ? "401 Unauthorized: wrong token.\n"
                : "401 Unauthorized: this dashboard needs its token (Authorization: Bearer TOKEN, or open it once with ?token=TOKEN).\n");
    }

    private static string? Bearer(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;

    /// <summary>Constant-time comparison, so response timing does not reveal how much of a guess was right.</summary>
    private bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _token);
}
