using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sitrep.Store;
using Sitrep.Store.Browsing;
using Sitrep.Web.Html;

namespace Sitrep.Web;

/// <summary>
/// Turns failures into short answers: bad parameters → 400, unknown items → 404, database trouble → 500, each as
/// JSON <c>{"error": "…"}</c> under /api and as a small page elsewhere. Never a stack trace.
/// </summary>
internal sealed class ErrorBoundary(RequestDelegate next, ILogger<ErrorBoundary> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadParameterException e)
        {
            await Answer(context, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (BadQueryException e)
        {
            await Answer(context, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (NotFoundException e)
        {
            await Answer(context, StatusCodes.Status404NotFound, e.Message);
        }
        catch (StoreException e)
        {
            log.LogError("{Message}", e.Message);
            await Answer(context, StatusCodes.Status500InternalServerError, e.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; there is no one to answer.
        }
#pragma warning disable CA1031 // the last line of defence: the details go to the log, the user gets one line, never a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "Unexpected error on {Path}", context.Request.Path);
            await Answer(context, StatusCodes.Status500InternalServerError, $"Internal error ({e.GetType().Name}); the server log has the details.");
        }
    }

    public static async Task Answer(HttpContext context, int status, string message)
    {
        if (context.Response.HasStarted) return;
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = message }));
            return;
        }
        var title = status switch { 400 => "Bad request", 404 => "Not found", _ => "Error" };
        var page = new PageWriter(title, "error");
        page.Heading(title);
        page.Paragraph(message);
        await PageResults.Write(context, page, status);
    }
}

/// <summary>A query parameter has a value the API cannot use; the message names the parameter and what is allowed.</summary>
internal sealed class BadParameterException(string message) : Exception(message);

/// <summary>The item asked for is not in the database.</summary>
internal sealed class NotFoundException(string message) : Exception(message);
