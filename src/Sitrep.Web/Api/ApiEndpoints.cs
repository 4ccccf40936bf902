using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Domain;
using Sitrep.Store.Browsing;

namespace Sitrep.Web.Api;

/// <summary>
/// The JSON API behind every page (contract in docs/WEB.md). Queries are paged and aggregated in SQL; parameters
/// are checked by <see cref="QueryParameters"/> (bad values → 400 with <c>{"error": …}</c>).
/// </summary>
internal static class ApiEndpoints
{
    public const int TopDyads = 15;

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/events", (HttpRequest r, Dashboard d) => Results.Json(Events(d, r.Query)));
        api.MapGet("/claims", (HttpRequest r, Dashboard d) => Results.Json(Claims(d, r.Query)));
        api.MapGet("/reconciled", (HttpRequest r, Dashboard d) => Results.Json(Reconciled(d, r.Query)));
        api.MapGet("/escalation", (HttpRequest r, Dashboard d) => Results.Json(EscalationApi.From(d.Escalation(), EscalationFilter(r.Query))));
        api.MapGet("/documents", (HttpRequest r, Dashboard d) => Results.Json(Documents(d, r.Query)));
        api.MapGet("/documents/{id}", (string id, Dashboard d) => Results.Json(DocumentJson.From(d, id)));
        api.MapGet("/network", (HttpRequest r, Dashboard d) => Results.Json(Network(d, QueryParameters.Filter(r.Query))));
        api.MapGet("/timeline", (HttpRequest r, Dashboard d) => Results.Json(Timeline(d, QueryParameters.Filter(r.Query))));
        api.MapGet("/search", (HttpRequest r, Dashboard d) => Results.Json(Search(d, r.Query)));
        api.MapGet("/overview", (Dashboard d) => Results.Json(OverviewJson.From(d)));
        api.MapFallback((HttpContext c) => Results.Json(new { error = $"No API endpoint {c.Request.Path}." }, statusCode: StatusCodes.Status404NotFound));
    }

    public static PageJson<EventJson> Events(Dashboard d, IQueryCollection query)
    {
        var page = d.Browser.Events(QueryParameters.Filter(query), QueryParameters.Paging(query));
        return new(page.Total, page.PageNumber, page.PageSize, [.. page.Items.Select(e => EventJson.From(e, EventScore(d, e)))]);
    }

    public static double EventScore(Dashboard d, EventRow e) => EventTypes.TryParse(e.Type, out var t) ? d.Scores.Score(t, e.Mode) : 0;

    public static PageJson<ClaimJson> Claims(Dashboard d, IQueryCollection query)
    {
        var filter = QueryParameters.Filter(query);
        if (filter.Recipient is not null || filter.Type is not null)
            throw new BadParameterException("claims have no recipient or event type; filter them by actor, outlet, from, to, hedged or document.");
        var page = d.Browser.Claims(filter, QueryParameters.Paging(query));
        return new(page.Total, page.PageNumber, page.PageSize, [.. page.Items.Select(ClaimJson.From)]);
    }

    public static PageJson<ReconciledJson> Reconciled(Dashboard d, IQueryCollection query)
    {
        var page = d.Browser.Reconciled(QueryParameters.Status(query), QueryParameters.Paging(query));
        return new(page.Total, page.PageNumber, page.PageSize, [.. page.Items.Select(Reconciled)]);
    }

    public static ReconciledJson Reconciled(ReconciledRow g)
    {
        var status = Scoring.StatusName(g.Status);
        return new(g.Id, g.Key, status, g.Sources, g.Low, g.High, g.Measure, g.Actor, g.Place, g.Series, g.MemberCount,
            [.. g.Members.Select(m => new ReconciledMemberJson(m.ClaimId, m.DocumentId, m.Outlet,
                Figures.Describe(m.Value, m.Low, m.High, m.Qualifier, null), m.Value, m.Low, m.High, m.Qualifier, m.Attribution,
                m.Date, m.Place, m.Hedged, status, m.Reason, m.DocumentId is null ? null : Links.Claim(m.DocumentId, m.ClaimId)))]);
    }

    public static PageJson<DocumentListJson> Documents(Dashboard d, IQueryCollection query)
    {
        var page = d.Browser.Documents(QueryParameters.Text(query, "outlet"), QueryParameters.Text(query, "q"), QueryParameters.Paging(query));
        return new(page.Total, page.PageNumber, page.PageSize,
            [.. page.Items.Select(x => new DocumentListJson(x.Id, x.Title, x.Outlet, x.Published, x.Path, x.Sentences, x.Events, x.Claims, Links.Document(x.Id)))]);
    }

    public static NetworkJson Network(Dashboard d, EventFilter filter) => d.Cached("network|" + filter, () =>
        Scoring.Network(d.Scores, d.Browser.DyadTypedCounts(filter),
            (a, r) => Links.WithQuery("/timeline", ("actor", a), ("recipient", r))));

    public static TimelineJson Timeline(Dashboard d, EventFilter filter) => d.Cached("timeline|" + filter, () => new TimelineJson(
        filter.Actor?.ToString(), filter.Recipient?.ToString(),
        [.. d.Browser.DayCounts(filter).Select(c => new DayJson(c.Day, c.Events))],
        Scoring.Daily(d.Scores, d.Browser.DailyTypedCounts(filter))));

    public static PageJson<SearchHitJson> Search(Dashboard d, IQueryCollection query)
    {
        var q = QueryParameters.Text(query, "q") ?? throw new BadParameterException("q is required: the words to search for.");
        if (q.Length > 500) throw new BadParameterException("q is longer than 500 characters.");
        var page = d.Browser.Search(q, QueryParameters.Paging(query));
        return new(page.Total, page.PageNumber, page.PageSize,
            [.. page.Items.Select(h => new SearchHitJson(h.DocumentId, h.SentenceIndex, h.Title, h.Outlet, h.Published,
                h.Snippet.PlainText, h.Snippet.Pieces, Links.Sentence(h.DocumentId, h.SentenceIndex)))]);
    }

    /// <summary>The escalation filter: a supporter or supported state, as `sitrep escalation --actor` takes.</summary>
    public static string? EscalationFilter(IQueryCollection query)
    {
        var text = QueryParameters.Text(query, "actor");
        if (text is null) return null;
        var code = text.ToUpperInvariant();
        return code.Length == 3 && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new BadParameterException($"actor must be a three-letter country code (e.g. PRK), got '{text}'.");
    }
}
