namespace Sitrep.Web.Html;

/// <summary>A span of document text to highlight: where, which CSS class, the element id for its first piece, the hover text.</summary>
internal sealed record Highlight(int Start, int End, string Kind, string? Id, string Title, string Codes);

/// <summary>
/// Writes a stretch of document text with highlights as <c>&lt;mark&gt;</c> elements. A highlight inside another (an
/// actor inside an event) nests; two that cross (events sharing words) cannot both be elements, so the inner one is
/// closed where the outer ends and reopened after it. A highlight written in pieces carries its id only on the
/// first piece, so links land on its start.
/// </summary>
internal static class SpanHighlighter
{
    public static void Write(HtmlBuilder html, string text, int from, int to, IReadOnlyList<Highlight> highlights)
    {
        // Outer before inner at the same start; clipped to the stretch (a highlight cannot leave its sentence).
        var inside = highlights
            .Where(h => h.End > from && h.Start < to && h.End > h.Start)
            .Select(h => h with { Start = Math.Max(h.Start, from), End = Math.Min(h.End, to) })
            .OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Kind, StringComparer.Ordinal)
            .ToList();
        var cuts = new SortedSet<int> { to };
        foreach (var h in inside)
        {
            cuts.Add(h.Start);
            cuts.Add(h.End);
        }
        var open = new List<Highlight>();
        var next = 0;
        var at = from;
        foreach (var cut in cuts)
        {
            html.Text(text, at, cut - at);
            at = cut;
            CloseEnding(html, open, cut);
            for (; next < inside.Count && inside[next].Start == cut; next++)
            {
                Open(html, inside[next], withId: true);
                open.Add(inside[next]);
            }
        }
        for (var k = open.Count - 1; k >= 0; k--) html.Close("mark");
    }

    /// <summary>Closes every highlight ending at <paramref name="cut"/>, reopening (without id) those it had to close above it.</summary>
    private static void CloseEnding(HtmlBuilder html, List<Highlight> open, int cut)
    {
        while (true)
        {
            var k = open.FindIndex(h => h.End <= cut);
            if (k < 0) return;
            var reopen = open.Skip(k + 1).Where(h => h.End > cut).ToList();
            for (var i = open.Count - 1; i >= k; i--) html.Close("mark");
            open.RemoveRange(k, open.Count - k);
            foreach (var h in reopen)
            {
                Open(html, h, withId: false);
                open.Add(h);
            }
        }
    }

    private static void Open(HtmlBuilder html, Highlight h, bool withId) =>
        html.Open("mark", ("class", "hl hl-" + h.Kind), ("id", withId ? h.Id : null), ("title", h.Title), ("data-codes", h.Codes));
}
