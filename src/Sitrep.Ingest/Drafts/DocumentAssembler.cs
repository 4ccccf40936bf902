using Sitrep.Domain;

namespace Sitrep.Ingest.Drafts;

/// <summary>Turns a draft into a <see cref="Document"/>: normalised text with the headline on top, captions, id.</summary>
internal static class DocumentAssembler
{
    public static IngestItem Assemble(DocumentDraft draft)
    {
        var body = TextNormalizer.Normalize(draft.Body);
        if (body.Length == 0) return draft.Origin.Fail("article has no text");

        var title = TextNormalizer.NormalizeLine(draft.Metadata.Title);
        var titled = title is not null && !StartsWithLine(body, title);
        // The headline is part of what the article says, so it goes into Text where it can be coded and highlighted.
        var text = titled ? title + "\n\n" + body : body;
        var known = draft.Captions.Select(TextNormalizer.NormalizeLine).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var document = new Document
        {
            Id = DocumentIds.For(text),
            Path = draft.Origin.DocumentPath,
            Text = text,
            Title = title,
            Outlet = TextNormalizer.NormalizeLine(draft.Metadata.Outlet),
            Author = TextNormalizer.NormalizeLine(draft.Metadata.Author),
            Url = TextNormalizer.NormalizeLine(draft.Metadata.Url),
            Published = draft.Metadata.Published,
            Format = draft.Format,
            Captions = CaptionSpans(text, skipFirstLine: title is not null, known),
        };
        return new IngestedDocument(document);
    }

    private static bool StartsWithLine(string body, string line) =>
        body.StartsWith(line, StringComparison.OrdinalIgnoreCase)
        && (body.Length == line.Length || body[line.Length] == '\n');

    private static List<TextSpan> CaptionSpans(string text, bool skipFirstLine, HashSet<string> known)
    {
        var spans = new List<TextSpan>();
        var knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = true;
        foreach (var span in Lines.Of(text))
        {
            var line = text.AsSpan(span.Start, span.Length);
            var isHeadline = first && skipFirstLine;
            first = false;
            if (isHeadline || line.IsEmpty) continue;
            if (CaptionLines.IsCaption(line) || knownLookup.Contains(line))
                spans.Add(span);
        }
        return spans;
    }
}
