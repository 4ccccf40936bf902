namespace Sitrep.Store;

/// <summary>
/// The database could not be opened, migrated, written or read. The message names the file or the
/// document concerned; the SQLite error, when there is one, is the inner exception.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
