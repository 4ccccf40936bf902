using System.Globalization;
using Sitrep.Domain;

namespace Sitrep.Reconcile.Tests.Fixtures;

/// <summary>
/// Articles written as sentences, and claims located in them the way the coder would emit them: the claim's span
/// points into the article text and its sentence index is the sentence that holds it. <see cref="SentenceOf"/> hands
/// the reconciler each claim's sentence, as the pipeline does.
/// </summary>
internal sealed class Newsroom
{
    private readonly Dictionary<string, (string Text, List<TextSpan> Sentences)> _articles = new(StringComparer.Ordinal);

    public Dictionary<string, SourceInfo> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>An article of the given sentences, joined by single spaces. A null outlet or day means unknown.</summary>
    public Newsroom Article(string doc, string? outlet, string? published, params string[] sentences)
    {
        var spans = new List<TextSpan>();
        var text = "";
        foreach (var s in sentences)
        {
            if (text.Length > 0) text += " ";
            spans.Add(new TextSpan(text.Length, text.Length + s.Length));
            text += s;
        }
        _articles[doc] = (text, spans);
        Sources[doc] = new SourceInfo(doc, outlet, published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A claim whose words are <paramref name="quote"/>, found in the article (its <paramref name="nth"/> occurrence).</summary>
    public Claim Claim(
        string id, string doc, string quote, string subject, string? date,
        double? value = null, double? low = null, double? high = null, string? qualifier = null,
        string? actor = "PRK", string? attributedTo = null, bool hedged = false, int nth = 1)
    {
        var (text, sentences) = _articles[doc];
        var start = -1;
        for (var i = 0; i < nth; i++)
        {
            start = text.IndexOf(quote, start + 1, StringComparison.Ordinal);
            if (start < 0) throw new ArgumentException($"'{quote}' is not in {doc} ({i + 1} found of {nth}).");
        }
        var span = new TextSpan(start, start + quote.Length);
        var sentence = sentences.FindIndex(s => s.Start <= span.Start && span.End <= s.End);
        Attribution? attribution = null;
        if (attributedTo is not null)
        {
            var a = text.IndexOf(attributedTo, StringComparison.Ordinal);
            attribution = new Attribution(attributedTo, new TextSpan(a, a + attributedTo.Length), null);
        }
        return new Claim
        {
            Id = id,
            At = new Provenance(doc, sentence, span),
            Text = quote,
            Subject = subject,
            Actor = actor is null ? null : new ActorCode(actor, "MIL"),
            Value = value,
            Low = low,
            High = high,
            Qualifier = qualifier,
            Attribution = attribution,
            Date = date is null ? null : PartialDate.Parse(date),
            Hedged = hedged,
        };
    }

    public ClaimSentence? SentenceOf(Claim claim) =>
        _articles.TryGetValue(claim.At.DocumentId, out var a) ? new ClaimSentence(a.Text, a.Sentences[claim.At.Sentence]) : null;

    public IReadOnlyList<ReconciledGroup> Reconcile(params Claim[] claims) => ClaimReconciler.Reconcile(claims, Sources, SentenceOf);
}
