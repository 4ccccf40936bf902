namespace Sitrep.Store.Tests;

/// <summary>A clock that always says the same time, so stored ingestion times are predictable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
