using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Sitrep.Web.Html;

/// <summary>
/// Writes HTML where every piece of data goes through the encoder: text with <see cref="Text"/>, attribute values
/// in <see cref="Open"/>. Tag and attribute names are constants of this assembly; nothing from the database or the
/// request is ever written raw, so a title holding <c>&lt;script&gt;</c> shows those characters and runs nothing.
/// </summary>
internal class HtmlBuilder
{
    // All of Unicode passes through readable; the encoder still escapes < > & " ' and characters unsafe in HTML.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new(8192);
    private readonly StringWriter _writer;

    public HtmlBuilder() => _writer = new StringWriter(_html, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An opening tag; attributes with a null value are left out, "" writes a bare attribute.</summary>
    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _html.Append(' ').Append(name);
            // An empty value is written as a bare attribute (defer, selected): the same to HTML, easier to read.
            if (value.Length == 0) continue;
            _html.Append("=\"");
            Encoder.Encode(_writer, value);
            _html.Append('"');
        }
        _html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Encoded text content.</summary>
    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(_writer, text);
        return this;
    }

    /// <summary>Encoded text of a span of a larger string (document text), without copying it first.</summary>
    public HtmlBuilder Text(string text, int start, int length)
    {
        if (length > 0) Encoder.Encode(_writer, text, start, length);
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlBuilder Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlBuilder Link(string href, string? text, string? cssClass = null) =>
        Element("a", text, ("href", href), ("class", cssClass));

    /// <summary>Markup written by this assembly only (doctype, fixed fragments); never data.</summary>
    protected HtmlBuilder Markup(string constant)
    {
        _html.Append(constant);
        return this;
    }

    public override string ToString() => _html.ToString();
}
