using System.Globalization;
using Sitrep.Domain;
using Sitrep.Store.Browsing;

namespace Sitrep.Web.Api;

/// <summary>/api/documents/{id}: the text and everything coded from it, with spans as offsets into <c>text</c>.</summary>
internal static class DocumentJson
{
    internal sealed record SentenceJson(int Index, int Start, int End, string Kind);

    internal sealed record MentionJson(int SentenceIndex, int Start, int End, string Text, string Code, string? Entity, string Kind);

    internal sealed record AttributionJson(string Text, int Start, int End, string? Code);

    internal sealed record DocumentEventJson(
        string Id, int SentenceIndex, SpanJson Span, SpanJson Trigger, string Type, string? Mode, string? Cameo, string? Date,
        IReadOnlyList<MentionJson> Actors, IReadOnlyList<MentionJson> Recipients, bool Hedged, bool Negated,
        AttributionJson? Attribution, double Score, string Link);

    internal sealed record DocumentClaimJson(
        string Id, int SentenceIndex, SpanJson Span, string Subject, string? Actor, string Figure, double? Value, double? Low,
        double? High, string? Unit, string? Qualifier, AttributionJson? Attribution, string? Date, bool Hedged, string Link);

    internal sealed record Json(
        string Id, string? Title, string? Outlet, string? Author, string? Url, string? Published, string Path, string Format,
        string Text, IReadOnlyList<SentenceJson> Sentences, IReadOnlyList<MentionJson> Mentions,
        IReadOnlyList<DocumentEventJson> Events, IReadOnlyList<DocumentClaimJson> Claims);

    /// <exception cref="NotFoundException">No document with that id.</exception>
    public static Json From(Dashboard d, string id)
    {
        var a = Load(d, id);
        var doc = a.Document;
        return new Json(doc.Id, doc.Title, doc.Outlet, doc.Author, doc.Url,
            doc.Published?.ToString("O", CultureInfo.InvariantCulture), doc.Path, doc.Format.ToString().ToLowerInvariant(), doc.Text,
            [.. a.Sentences.Select(s => new SentenceJson(s.Index, s.Span.Start, s.Span.End, s.Kind.ToString().ToLowerInvariant()))],
            [.. a.Mentions.Select(Mention)],
            [.. a.Events.Select(e => Event(d, doc, e))],
            [.. a.Claims.Select(c => Claim(doc, c))]);
    }

    public static DocumentAnalysis Load(Dashboard d, string id) =>
        d.Browser.Document(id) ?? throw new NotFoundException($"No document with id '{id}' in {Path.GetFileName(d.Browser.Path)}.");

    /// <summary>Where the trigger words are in the document text (the whole event span when they cannot be found).</summary>
    public static TextSpan TriggerOf(Document doc, CodedEvent e) =>
        StoreBrowser.TriggerSpan(e.At.Span, Slice(doc.Text, e.At.Span), e.Trigger);

    private static string Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.End >= span.Start ? text[span.Start..span.End] : "";

    private static MentionJson Mention(ActorMention m) =>
        new(m.At.Sentence, m.At.Span.Start, m.At.Span.End, m.Text, m.Actor.ToString(), m.Actor.Entity, m.Kind.ToString().ToLowerInvariant());

    private static AttributionJson? Attribution(Attribution? a) =>
        a is null ? null : new AttributionJson(a.Text, a.Span.Start, a.Span.End, a.Actor?.ToString());

    private static DocumentEventJson Event(Dashboard d, Document doc, CodedEvent e)
    {
        var trigger = TriggerOf(doc, e);
        return new DocumentEventJson(e.Id, e.At.Sentence, new SpanJson(e.At.Span.Start, e.At.Span.End), new SpanJson(trigger.Start, trigger.End),
            e.Type.Name(), e.Mode, e.Cameo, e.Date?.ToString(), [.. e.Actors.Select(Mention)], [.. e.Recipients.Select(Mention)],
            e.Hedged, e.Negated, Attribution(e.Attribution), d.Scores.Score(e.Type, e.Mode), Links.Event(doc.Id, e.Id));
    }

    private static DocumentClaimJson Claim(Document doc, Claim c) =>
        new(c.Id, c.At.Sentence, new SpanJson(c.At.Span.Start, c.At.Span.End), c.Subject, c.Actor?.ToString(),
            Figures.Describe(c.Value, c.Low, c.High, c.Qualifier, c.Unit), c.Value, c.Low, c.High, c.Unit, c.Qualifier,
            Attribution(c.Attribution), c.Date?.ToString(), c.Hedged, Links.Claim(doc.Id, c.Id));
}
