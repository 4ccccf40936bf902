using System.Text;
using System.Text.Json;
using Sitrep.Domain;
using Sitrep.Ingest.Drafts;

namespace Sitrep.Ingest.Readers;

/// <summary>
/// .json files (one article object, or an array of them) and .jsonl files (one object a line). A bad line or
/// element is a failure naming its line; the others still become documents.
/// </summary>
internal static class JsonReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>A whole JSON file. Array elements get document paths "path#index" (0-based).</summary>
    public static IEnumerable<IngestItem> ReadJson(string json, string path, DocumentFormat format)
    {
        // Utf8JsonReader cannot live in an iterator, so elements are parsed first, then assembled lazily.
        var (elements, failure) = ParseTopLevel(json, path);
        try
        {
            foreach (var (element, origin) in elements)
                yield return JsonArticle.Read(element.RootElement, origin, format);
            if (failure is not null) yield return failure;
        }
        finally
        {
            foreach (var (element, _) in elements) element.Dispose();
        }
    }

    /// <summary>JSON Lines: blank lines are ignored, documents are "path#L&lt;line&gt;".</summary>
    public static IEnumerable<IngestItem> ReadJsonLines(string text, string path, DocumentFormat format)
    {
        var lineNo = 0;
        var start = 0;
        while (start < text.Length)
        {
            lineNo++;
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsMemory(start, end - start);
            start = end + 1;
            if (line.Span.IsWhiteSpace()) continue;
            yield return ReadLine(line, new Origin(path, lineNo, $"{path}#L{lineNo}"), format);
        }
    }

    private static IngestItem ReadLine(ReadOnlyMemory<char> line, Origin origin, DocumentFormat format)
    {
        try
        {
            using var json = JsonDocument.Parse(line, Options);
            return JsonArticle.Read(json.RootElement, origin, format);
        }
        catch (JsonException e)
        {
            return origin.Fail($"invalid JSON at column {e.BytePositionInLine + 1}: {Reason(e)}");
        }
    }

    private static (List<(JsonDocument, Origin)> Elements, IngestFailed? Failure) ParseTopLevel(string json, string path)
    {
        var elements = new List<(JsonDocument, Origin)>();
        var bytes = Encoding.UTF8.GetBytes(json);
        var lines = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        try
        {
            if (!reader.Read()) return (elements, new Origin(path, 1, path).Fail("no JSON value"));
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                var line = lines.LineOf(reader.TokenStartIndex);
                elements.Add((JsonDocument.ParseValue(ref reader), new Origin(path, line, path)));
            }
            else
            {
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    var line = lines.LineOf(reader.TokenStartIndex);
                    elements.Add((JsonDocument.ParseValue(ref reader), new Origin(path, line, $"{path}#{index}")));
                }
            }
            if (reader.Read()) return (elements, new Origin(path, lines.LineOf(reader.TokenStartIndex), path).Fail("unexpected content after the JSON value"));
            return (elements, null);
        }
        catch (JsonException e)
        {
            return (elements, new Origin(path, (int?)e.LineNumber + 1, path).Fail($"invalid JSON: {Reason(e)}"));
        }
    }

    /// <summary>System.Text.Json's message without its own position suffix (we report the position ourselves).</summary>
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }

    /// <summary>Maps byte offsets to 1-based line numbers, scanning forward only.</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private int _offset;
        private int _line = 1;

        public int LineOf(long offset)
        {
            for (; _offset < offset && _offset < bytes.Length; _offset++)
                if (bytes[_offset] == (byte)'\n') _line++;
            return _line;
        }
    }
}
