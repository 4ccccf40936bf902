using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sitrep.Domain;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Bytes to text, refusing what is not text: binary files (NUL bytes in the first 8 KB) and invalid UTF-8
/// (reported with byte offset and line). A UTF-8 BOM is skipped; UTF-16 with a BOM is decoded.
/// </summary>
internal static class SourceText
{
    private const int BinaryProbeBytes = 8192;

    public static bool TryDecode(ReadOnlySpan<byte> bytes, string path, out string text, out IngestFailure? failure)
    {
        text = "";
        failure = null;
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return TryUtf8(bytes[3..], 3, path, out text, out failure);
        if (bytes is [0xFF, 0xFE, ..]) return TryUtf16(bytes[2..], bigEndian: false, path, out text, out failure);
        if (bytes is [0xFE, 0xFF, ..]) return TryUtf16(bytes[2..], bigEndian: true, path, out text, out failure);
        if (bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].Contains((byte)0))
        {
            failure = new IngestFailure(path, null, "binary file (contains NUL bytes), not text");
            return false;
        }
        return TryUtf8(bytes, 0, path, out text, out failure);
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, int bomLength, string path, out string text, out IngestFailure? failure)
    {
        text = "";
        failure = null;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var line = bytes[..read].Count((byte)'\n') + 1;
                failure = new IngestFailure(path, line, $"invalid UTF-8 at byte {read + bomLength}");
                return false;
            }
            text = new string(chars, 0, written);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool TryUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string path, out string text, out IngestFailure? failure)
    {
        text = "";
        failure = null;
        try
        {
            text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            failure = new IngestFailure(path, null, $"invalid UTF-16 at byte {e.Index + 2}");
            return false;
        }
    }
}
