using Microsoft.Data.Sqlite;
using Sitrep.Domain;

namespace Sitrep.Store.Reading;

/// <summary>Reads one document back as the analysis it was saved from: text, sentences, mentions, events, claims.</summary>
internal static class AnalysisReader
{
    /// <summary>Each list in the order it was saved; null when the document is not stored.</summary>
    public static DocumentAnalysis? One(SqliteConnection connection, string documentId)
    {
        var document = DocumentReader.One(connection, documentId);
        return document is null
            ? null
            : new DocumentAnalysis(
                document,
                DocumentReader.Sentences(connection, documentId),
                MentionReader.OfDocument(connection, documentId),
                EventReader.OfDocument(connection, documentId),
                ClaimReader.OfDocument(connection, documentId));
    }
}
