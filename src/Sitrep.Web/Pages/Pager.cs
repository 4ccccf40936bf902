using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Store.Browsing;
using Sitrep.Web.Html;

namespace Sitrep.Web.Pages;

/// <summary>"Rows 51–100 of 1,234" with previous and next links that keep every other query parameter.</summary>
internal static class Pager
{
    public static void Write(HtmlBuilder html, HttpRequest request, long total, PageRequest page, string pageParameter = "page")
    {
        var first = total == 0 ? 0 : page.Offset + 1;
        var last = Math.Min(total, (long)page.Offset + page.PageSize);
        html.Open("nav", ("class", "pager"), ("aria-label", "pages"));
        html.Element("span", $"{N(first)}–{N(last)} of {N(total)}", ("class", "range"));
        if (page.Page > 1) html.Link(With(request, pageParameter, page.Page - 1), "← previous", "prev");
        if (last < total) html.Link(With(request, pageParameter, page.Page + 1), "next →", "next");
        html.Close("nav");
    }

    private static string With(HttpRequest request, string name, int value)
    {
        var query = request.Query.Where(q => q.Key != name && q.Key != "token")
            .Select(q => (q.Key, (string?)q.Value.ToString())).ToList();
        query.Add((name, value.ToString(CultureInfo.InvariantCulture)));
        return Api.Links.WithQuery(request.Path, [.. query]);
    }

    public static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
