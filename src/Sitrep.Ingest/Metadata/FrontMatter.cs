using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sitrep.Ingest.Metadata;

/// <summary>
/// Optional YAML front matter between "---" lines at the top of a .txt/.md file:
/// title, outlet, author, published, url (unknown keys ignored). Problems are reported with the file's line number.
/// </summary>
internal static class FrontMatter
{
    /// <summary>The outcome: metadata (or none) and the body after the block, or the error and its line.</summary>
    public sealed record Result(ArticleMetadata? Metadata, string Body, int? ErrorLine = null, string? Error = null)
    {
        public bool Failed => Error is not null;
    }

    public static Result Split(string text)
    {
        if (!IsDelimiter(FirstLine(text, out var afterFirst), "---")) return new Result(null, text);

        var lineNo = 1;
        var pos = afterFirst;
        while (pos < text.Length)
        {
            lineNo++;
            var end = text.IndexOf('\n', pos);
            var next = end < 0 ? text.Length : end + 1;
            var line = text.AsSpan(pos, (end < 0 ? text.Length : end) - pos);
            if (IsDelimiter(line, "---") || IsDelimiter(line, "..."))
            {
                var yaml = text[afterFirst..pos];
                var body = text[next..];
                return Parse(yaml, body);
            }
            pos = next;
        }
        return new Result(null, text, 1, "front matter opened with '---' is never closed");
    }

    private static Result Parse(string yaml, string body)
    {
        // YAML line 1 is file line 2, after the opening '---'.
        const int lineOffset = 1;
        if (!TryLoad(yaml, out var root, out var errorLine, out var error))
            return new Result(null, body, errorLine + lineOffset, $"invalid YAML in front matter: {error}");
        if (root is null) return new Result(ArticleMetadata.None, body);
        if (root is not YamlMappingNode mapping)
            return new Result(null, body, (int)root.Start.Line + lineOffset, "front matter must be a mapping of keys to values");

        var fields = new FrontMatterFields();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            if (key is null) continue;
            var problem = fields.Set(key, value);
            if (problem is not null) return new Result(null, body, (int)keyNode.Start.Line + lineOffset, problem);
        }
        return new Result(fields.ToMetadata(), body);
    }

    /// <summary>
    /// Loads the YAML, locating any error. YamlDotNet reports most errors as <see cref="YamlException"/> with a
    /// position, but a few malformed inputs surface as other exceptions; those are placed at the last event parsed.
    /// </summary>
    private static bool TryLoad(string yaml, out YamlNode? root, out int line, out string error)
    {
        root = null;
        line = 1;
        error = "";
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext()) line = (int)parser.Current!.End.Line;
        }
        catch (YamlException e)
        {
            line = (int)e.Start.Line;
            error = e.Message;
            return false;
        }
        catch (InvalidOperationException e)
        {
            error = e.Message;
            return false;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            line = (int)e.Start.Line;
            error = e.Message;
            return false;
        }
        if (stream.Documents.Count > 1)
        {
            line = (int)stream.Documents[1].RootNode.Start.Line;
            error = "more than one YAML document";
            return false;
        }
        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return true;
    }

    private static ReadOnlySpan<char> FirstLine(string text, out int next)
    {
        var end = text.IndexOf('\n');
        next = end < 0 ? text.Length : end + 1;
        return text.AsSpan(0, end < 0 ? text.Length : end);
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line, string delimiter) =>
        line.TrimEnd(" \t\r").SequenceEqual(delimiter);
}
