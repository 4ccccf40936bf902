namespace Sitrep.Store.Browsing;

/// <summary>The user's query cannot be run as written (e.g. bad full-text syntax); the message says why.</summary>
public sealed class BadQueryException : Exception
{
    public BadQueryException()
    {
    }

    public BadQueryException(string message)
        : base(message)
    {
    }

    public BadQueryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
