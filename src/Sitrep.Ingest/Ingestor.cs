using Sitrep.Domain;
using Sitrep.Ingest.Readers;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest;

/// <summary>
/// Reads news articles from files, directories and standard input into normalised <see cref="Document"/>s.
/// Streams lazily, one item per document or failure, and never throws for bad input.
/// </summary>
public sealed class Ingestor
{
    private const string Stdin = "-";

    /// <param name="time">
    /// Accepted for symmetry with the other stages but not used: publication times come only from the documents,
    /// never from the clock, so ingesting the same files again gives the same result.
    /// </param>
    public Ingestor(TimeProvider? time = null)
    {
        _ = time;
    }

    /// <summary>
    /// Files, directories (recursive, sorted, skipping hidden directories and bin/obj; only supported extensions)
    /// or "-" for <paramref name="stdin"/> (the console's standard input when null).
    /// </summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadAll(paths, stdin);
    }

    /// <summary>One file; a directory is read as by <see cref="Read"/>. An unsupported extension is a failure.</summary>
    public IEnumerable<IngestItem> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return ReadAll([path], null);
        return File.Exists(path) ? ReadOne(path) : [Fail(path, "no such file or directory")];
    }

    private static IEnumerable<IngestItem> ReadAll(IEnumerable<string> paths, TextReader? stdin)
    {
        foreach (var path in paths)
        {
            var items = path switch
            {
                null or "" => [Fail(path ?? "", "empty path")],
                Stdin => ReadStdin(stdin ?? Console.In),
                _ when Directory.Exists(path) => ReadDirectory(path),
                _ when File.Exists(path) => ReadOne(path),
                _ => [Fail(path, "no such file or directory")],
            };
            foreach (var item in items) yield return item;
        }
    }

    private static IEnumerable<IngestItem> ReadDirectory(string root)
    {
        foreach (var entry in DirectoryWalker.Walk(root))
        {
            if (entry.Failure is not null)
            {
                yield return new IngestFailed(entry.Failure);
                continue;
            }
            // Inside a directory, files of other types (images, notes, licences) are simply not articles.
            if (InputFormat.ForExtension(entry.File!) is null) continue;
            foreach (var item in ReadOne(entry.File!)) yield return item;
        }
    }

    private static IEnumerable<IngestItem> ReadOne(string path)
    {
        if (InputFormat.ForExtension(path) is not { } format)
        {
            var extension = Path.GetExtension(path);
            return [Fail(path, extension.Length == 0 ? "unsupported file type (no extension)" : $"unsupported file type '{extension}'")];
        }
        if (!SourceFile.TryRead(path, out var content, out var failure)) return [new IngestFailed(failure!)];
        return Guarded.Items(() => FormatDispatch.Read(content, path, format, format, FileUrl(path)), path);
    }

    private static IEnumerable<IngestItem> ReadStdin(TextReader reader)
    {
        string content;
        try
        {
            content = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return [Fail(Stdin, $"cannot read standard input: {SourceFile.FirstLine(e.Message)}")];
        }
        if (content.StartsWith('\uFEFF')) content = content[1..];
        if (content.AsSpan(0, Math.Min(content.Length, 8192)).Contains('\0')) return [Fail(Stdin, "binary input (contains NUL bytes), not text")];
        if (string.IsNullOrWhiteSpace(content)) return [Fail(Stdin, "empty input")];

        var format = StdinSniffer.Detect(content);
        return Guarded.Items(() => FormatDispatch.Read(content, Stdin, format, DocumentFormat.Stdin, "file:///dev/stdin"), Stdin);
    }

    private static string FileUrl(string path)
    {
        try
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "file:///unknown";
        }
    }

    private static IngestFailed Fail(string path, string reason) => new(new IngestFailure(path, null, reason));
}
