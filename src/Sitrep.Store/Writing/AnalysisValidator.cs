using Sitrep.Domain;

namespace Sitrep.Store.Writing;

/// <summary>
/// Checks, before anything is written, the invariants the schema cannot express: every datum points into the
/// document being saved, sentence spans lie inside its text, and dates are real dates. A violation means a bug
/// upstream, and storing it would break provenance for every later reader.
/// </summary>
internal static class AnalysisValidator
{
    public static void Check(DocumentAnalysis analysis)
    {
        var document = analysis.Document;
        foreach (var caption in document.Captions)
            CheckInside(document, caption, "caption");
        foreach (var sentence in analysis.Sentences)
            CheckInside(document, sentence.Span, $"sentence {sentence.Index}");
        foreach (var mention in analysis.Mentions)
            CheckOwned(document, mention.At, $"mention '{mention.Text}'");
        foreach (var e in analysis.Events)
        {
            CheckOwned(document, e.At, $"event {e.Id}");
            CheckDate(document, e.Date, $"event {e.Id}");
            foreach (var actor in e.Actors)
                CheckOwned(document, actor.At, $"actor '{actor.Text}' of event {e.Id}");
            foreach (var recipient in e.Recipients)
                CheckOwned(document, recipient.At, $"recipient '{recipient.Text}' of event {e.Id}");
        }
        foreach (var claim in analysis.Claims)
        {
            CheckOwned(document, claim.At, $"claim {claim.Id}");
            CheckDate(document, claim.Date, $"claim {claim.Id}");
        }
    }

    private static void CheckInside(Document document, TextSpan span, string what)
    {
        if (span.Start < 0 || span.End < span.Start || span.End > document.Text.Length)
            throw new StoreException(
                $"Document {document.Id} ({document.Path}): {what} has span {span}, outside the text of length {document.Text.Length}; nothing was written.");
    }

    private static void CheckOwned(Document document, Provenance at, string what)
    {
        if (!string.Equals(at.DocumentId, document.Id, StringComparison.Ordinal))
            throw new StoreException(
                $"Document {document.Id} ({document.Path}): {what} claims to come from document {at.DocumentId}; nothing was written.");
    }

    private static void CheckDate(Document document, PartialDate? date, string what)
    {
        // default(PartialDate) has year 0, which has no calendar days and could not be read back; "no date" is null.
        if (date is { Year: < 1 })
            throw new StoreException(
                $"Document {document.Id} ({document.Path}): {what} has an uninitialised date (year 0); nothing was written.");
    }
}
