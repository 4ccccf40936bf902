using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Html;

internal static class PageResults
{
    public static IResult Html(PageWriter page, int status = StatusCodes.Status200OK) =>
        Results.Content(page.Render(), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static async Task Write(HttpContext context, PageWriter page, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page.Render());
    }
}
