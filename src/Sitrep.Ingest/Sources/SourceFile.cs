using System.Security;
using Sitrep.Domain;

namespace Sitrep.Ingest.Sources;

/// <summary>Reads a file's text, turning every way that can fail into an <see cref="IngestFailure"/>.</summary>
internal static class SourceFile
{
    public static bool TryRead(string path, out string text, out IngestFailure? failure)
    {
        text = "";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            failure = new IngestFailure(path, null, Describe(e));
            return false;
        }
        if (!SourceText.TryDecode(bytes, path, out text, out failure)) return false;
        if (string.IsNullOrWhiteSpace(text))
        {
            failure = new IngestFailure(path, null, bytes.Length == 0 ? "empty file" : "file contains only whitespace");
            return false;
        }
        return true;
    }

    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException or SecurityException => "permission denied",
        _ => $"cannot read: {FirstLine(e.Message)}",
    };

    public static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
