using System.Text.Json;
using Sitrep.Domain;

namespace Sitrep.Ingest.Sources;

/// <summary>Standard input has no extension, so its format is read from how it starts.</summary>
internal static class StdinSniffer
{
    private const int ProbeChars = 4096;

    public static DocumentFormat Detect(string text)
    {
        var start = text.AsSpan().TrimStart();
        var probe = start[..Math.Min(start.Length, ProbeChars)];
        if (start.StartsWith('<'))
        {
            if (Has(probe, "<rss") || Has(probe, "<feed") || Has(probe, "<rdf:RDF")) return DocumentFormat.Feed;
            if (Has(probe, "<html") || Has(probe, "<p") || Has(probe, "<body") || Has(probe, "<article")) return DocumentFormat.Html;
            return DocumentFormat.Text;
        }
        if (start.StartsWith('[')) return DocumentFormat.Json;
        if (start.StartsWith('{')) return IsSingleJsonValue(text) ? DocumentFormat.Json : DocumentFormat.JsonLines;
        return DocumentFormat.Text;
    }

    private static bool Has(ReadOnlySpan<char> probe, string tag) => probe.Contains(tag, StringComparison.OrdinalIgnoreCase);

    /// <summary>One object (possibly pretty-printed over many lines) rather than JSON Lines.</summary>
    private static bool IsSingleJsonValue(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
