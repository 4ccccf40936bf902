using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Groups the classified lines of one paragraph into units (wrapped body text, one caption, one list item,
/// one headline…) and splits each unit into sentences of the unit's kind.
/// </summary>
internal static class ParagraphUnits
{
    public static void Split(string text, List<TextLine> lines, List<Sentence> into)
    {
        var u = 0;
        while (u < lines.Count)
        {
            var first = lines[u];
            var last = u;
            switch (first.Kind)
            {
                case SentenceKind.Body:
                    while (last + 1 < lines.Count && lines[last + 1].Kind == SentenceKind.Body) last++;
                    break;
                case SentenceKind.Caption when first.CaptionId >= 0:
                    while (last + 1 < lines.Count && lines[last + 1].CaptionId == first.CaptionId) last++;
                    break;
                case SentenceKind.Caption or SentenceKind.ListItem:
                    while (last + 1 < lines.Count && lines[last + 1].Kind == SentenceKind.Body
                           && LineShapes.Continues(lines[last].In(text), lines[last + 1].In(text)))
                        last++;
                    break;
            }
            Emit(text, first.Kind, first.Start, lines[last].End, into);
            u = last + 1;
        }
    }

    private static void Emit(string text, SentenceKind kind, int start, int end, List<Sentence> into)
    {
        switch (kind)
        {
            // Headlines, bylines and date lines are one sentence each, whatever punctuation they carry.
            case SentenceKind.Headline or SentenceKind.Byline or SentenceKind.Dateline:
                into.Add(new Sentence(into.Count, new TextSpan(start, end), kind));
                break;
            case SentenceKind.Body when PlaceDateline.TryFind(text, start, end, out _, out var storyStart):
                SentenceBoundaries.Append(text, start, end, storyStart, kind, into);
                break;
            // "1. Russia fired…": the marker's period is no sentence end.
            case SentenceKind.ListItem:
                SentenceBoundaries.Append(text, start, end, start + LineShapes.ListMarkerLength(text.AsSpan(start, end - start)), kind, into);
                break;
            default:
                SentenceBoundaries.Append(text, start, end, start, kind, into);
                break;
        }
    }
}
