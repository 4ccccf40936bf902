using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Document ids are content hashes, so the same article ingested twice — even from another file or
/// format — gets the same id and re-ingesting changes nothing downstream.
/// </summary>
public static class DocumentIds
{
    /// <summary>The first 16 lowercase hex characters of the SHA-256 of the UTF-8 text.</summary>
    public static string For(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
