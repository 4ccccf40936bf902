using Sitrep.Store.Browsing;

namespace Sitrep.Web.Api;

// The JSON contract of /api (camelCase; documented in docs/WEB.md). Records only grow: a field once published stays.

internal sealed record PageJson<T>(long Total, int Page, int PageSize, IReadOnlyList<T> Items);

internal sealed record SpanJson(int Start, int End);

internal sealed record EventJson(
    string Id, string DocumentId, int SentenceIndex, string? Date, string Type, string? Mode, string? Cameo,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, bool Hedged, bool Negated, string? Outlet,
    string? Title, SpanJson Trigger, string Text, string Sentence, double Score, string Link)
{
    public static EventJson From(EventRow e, double score) => new(
        e.Id, e.DocumentId, e.SentenceIndex, e.Date, e.Type, e.Mode, e.Cameo, e.Actors, e.Recipients, e.Hedged, e.Negated,
        e.Outlet, e.Title, new SpanJson(e.TriggerStart, e.TriggerEnd), e.Text, e.Sentence, score, Links.Event(e.DocumentId, e.Id));
}

internal sealed record ClaimJson(
    string Id, string DocumentId, int SentenceIndex, string? Date, string Subject, string? Actor, string Figure,
    double? Value, double? Low, double? High, string? Unit, string? Qualifier, string? Attribution, bool Hedged,
    string? Outlet, string? Title, SpanJson Span, string Text, string Sentence, string Link)
{
    public static ClaimJson From(ClaimRow c) => new(
        c.Id, c.DocumentId, c.SentenceIndex, c.Date, c.Subject, c.Actor, Figures.Describe(c.Value, c.Low, c.High, c.Qualifier, c.Unit),
        c.Value, c.Low, c.High, c.Unit, c.Qualifier, c.Attribution, c.Hedged, c.Outlet, c.Title, new SpanJson(c.Start, c.End),
        c.Text, c.Sentence, Links.Claim(c.DocumentId, c.Id));
}

internal sealed record ReconciledJson(
    long Id, string Key, string Status, int Sources, double? Low, double? High, string? Measure, string? Actor, string? Place,
    bool Series, int MemberCount, IReadOnlyList<ReconciledMemberJson> Members);

internal sealed record ReconciledMemberJson(
    string ClaimId, string? DocumentId, string? Outlet, string Figure, double? Value, double? Low, double? High, string? Qualifier,
    string? Attribution, string? Date, string? Place, bool Hedged, string Status, string Reason, string? Link);

internal sealed record DocumentListJson(
    string Id, string? Title, string? Outlet, string? Published, string Path, int Sentences, int Events, int Claims, string Link);

internal sealed record SearchHitJson(
    string DocumentId, int SentenceIndex, string? Title, string? Outlet, string? Published, string Snippet,
    IReadOnlyList<SnippetPiece> Pieces, string Link);

internal sealed record TypeCountJson(string Type, long Events, double Score);

internal sealed record DyadJson(string Actor, string Recipient, long Events);

internal sealed record NetworkNodeJson(string Id, long Events, double Score);

internal sealed record NetworkEdgeJson(string Source, string Target, long Events, double Score, string Link);

internal sealed record NetworkJson(IReadOnlyList<NetworkNodeJson> Nodes, IReadOnlyList<NetworkEdgeJson> Edges);

internal sealed record DayJson(string Day, long Events);

internal sealed record DayScoreJson(string Day, long Events, double Score);

internal sealed record TimelineJson(string? Actor, string? Recipient, IReadOnlyList<DayJson> Days, IReadOnlyList<DayScoreJson> Scores);
