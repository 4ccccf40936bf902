namespace Sitrep.Web.Html;

/// <summary>A span of document text to highlight: where, which CSS class, the element id for its first piece, the hover text.</summary>
internal sealed record Highlight(int Start, int End, string Kind, string? Id, string Title, string Codes);

/// <summary>
/// Writes a stretch of document text with highlights as <c>&lt;mark&gt;</c> elements. Highlights may overlap (an
/// actor inside an event, two events sharing words), which HTML elements cannot, so the text is cut at every
/// highlight boundary and each piece is wrapped in the marks covering it, outermost first; a highlight split into
/// pieces carries its id only on the first, so links land on its start.
/// </summary>
internal static class SpanHighlighter
{
    public static void Write(HtmlBuilder html, string text, int from, int to, IReadOnlyList<Highlight> highlights)
    {
        var inside = highlights
            .Where(h => h.End > from && h.Start < to && h.End > h.Start)
            .OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Kind, StringComparer.Ordinal)
            .ToList();
        if (inside.Count == 0)
        {
            html.Text(text, from, to - from);
            return;
        }
        var cuts = new SortedSet<int> { from, to };
        foreach (var h in inside)
        {
            cuts.Add(Math.Clamp(h.Start, from, to));
            cuts.Add(Math.Clamp(h.End, from, to));
        }
        var opened = new bool[inside.Count];
        var active = new List<int>(inside.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous) Piece(html, text, previous, cut, inside, opened, active);
            previous = cut;
        }
    }

    private static void Piece(HtmlBuilder html, string text, int start, int end, List<Highlight> inside, bool[] opened, List<int> active)
    {
        active.Clear();
        for (var i = 0; i < inside.Count; i++)
            if (inside[i].Start <= start && inside[i].End >= end) active.Add(i);
        foreach (var i in active)
        {
            var h = inside[i];
            html.Open("mark", ("class", "hl hl-" + h.Kind), ("id", opened[i] ? null : h.Id), ("title", h.Title), ("data-codes", h.Codes));
            opened[i] = true;
        }
        html.Text(text, start, end - start);
        for (var k = active.Count - 1; k >= 0; k--) html.Close("mark");
    }
}
