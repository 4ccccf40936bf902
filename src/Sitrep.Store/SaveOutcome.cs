namespace Sitrep.Store;

/// <summary>What <see cref="SqliteStore.Save"/> did with a document.</summary>
public enum SaveOutcome
{
    /// <summary>The document was new and all its rows were written.</summary>
    Inserted,

    /// <summary>The document was stored under another coding version; its rows were replaced.</summary>
    Recoded,

    /// <summary>The document was already stored with this coding version; nothing was written.</summary>
    Unchanged,
}
