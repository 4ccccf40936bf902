using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// HTML to article text: blocks become paragraphs separated by a blank line, list items keep their own line
/// with a "- " bullet, whitespace collapses as a browser would, and figcaptions become their own paragraph
/// (collected so they can be marked as captions).
/// </summary>
internal sealed class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "img", "picture", "video", "audio", "iframe", "object",
        "button", "form", "input", "select", "textarea", "nav", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "figure", "table", "thead", "tbody", "tr", "ul", "ol", "dl", "dt", "dd", "address",
        "hr", "details", "summary", "body", "center",
    };

    private readonly StringBuilder _sb = new();
    private readonly List<string> _captions = [];
    private int _pendingBreaks;
    private bool _pendingSpace;

    private HtmlText()
    {
    }

    /// <summary>The text of an element's content, and the figcaption texts met on the way.</summary>
    public static (string Text, IReadOnlyList<string> Captions) Convert(INode root)
    {
        var writer = new HtmlText();
        writer.Walk(root, listDepth: 0);
        return (writer._sb.ToString(), writer._captions);
    }

    private void Walk(INode node, int listDepth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    WriteText(text.Data);
                    break;
                case IElement element:
                    WalkElement(element, listDepth);
                    break;
            }
        }
    }

    private void WalkElement(IElement element, int listDepth)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name) || element.HasAttribute("hidden")) return;
        switch (name)
        {
            case "br":
                Break(1);
                return;
            case "figcaption":
                WriteCaption(element);
                return;
            case "li":
                Break(1);
                Write(element.ParentElement?.LocalName == "ol" ? $"{ItemNumber(element)}. " : "- ");
                Walk(element, listDepth + 1);
                Break(1);
                return;
            case "ul" or "ol":
                // Nested lists continue the outer list line by line; top-level lists are their own block.
                Break(listDepth > 0 ? 1 : 2);
                Walk(element, listDepth);
                Break(listDepth > 0 ? 1 : 2);
                return;
            case "td" or "th":
                _pendingSpace = true;
                Walk(element, listDepth);
                _pendingSpace = true;
                return;
            case "pre":
                Break(2);
                Write(element.TextContent);
                Break(2);
                return;
        }
        var block = Blocks.Contains(name);
        if (block) Break(2);
        Walk(element, listDepth);
        if (block) Break(2);
    }

    private void WriteCaption(IElement figcaption)
    {
        var caption = Collapse(figcaption.TextContent);
        if (caption.Length == 0) return;
        _captions.Add(caption);
        Break(2);
        Write(caption);
        Break(2);
    }

    private static int ItemNumber(IElement li)
    {
        var number = 1;
        for (var sibling = li.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            if (sibling.LocalName == "li") number++;
        return number;
    }

    /// <summary>Text node content with HTML whitespace rules: any run of whitespace is one space.</summary>
    private void WriteText(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                _pendingSpace = true;
                continue;
            }
            Flush();
            _sb.Append(c);
        }
    }

    private void Write(string literal)
    {
        Flush();
        _sb.Append(literal);
    }

    private void Flush()
    {
        if (_pendingBreaks > 0 && _sb.Length > 0) _sb.Append('\n', _pendingBreaks);
        else if (_pendingSpace && _sb.Length > 0 && _sb[^1] != '\n' && _sb[^1] != ' ') _sb.Append(' ');
        _pendingBreaks = 0;
        _pendingSpace = false;
    }

    private void Break(int newlines)
    {
        _pendingBreaks = Math.Max(_pendingBreaks, newlines);
        _pendingSpace = false;
    }

    /// <summary>Whitespace runs to single spaces, trimmed — how a browser shows inline text.</summary>
    public static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
