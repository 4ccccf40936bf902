using Sitrep.Domain;

namespace Sitrep.Store.Browsing;

/// <summary>Whether hedged (speculative) reports are shown: all, none, or only they.</summary>
public enum HedgedFilter { Include, Exclude, Only }

/// <summary>
/// Which events (or claims, where the field applies) a browsing query returns. Every field is optional; set fields
/// are combined with AND. Dates select what can fall in the range: a month-precise date overlapping it counts.
/// </summary>
public sealed record EventFilter
{
    public static EventFilter None { get; } = new();

    public ActorFilter? Actor { get; init; }
    public ActorFilter? Recipient { get; init; }
    public EventType? Type { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public HedgedFilter Hedged { get; init; }
    public string? Document { get; init; }
}

/// <summary>A three-letter actor code, optionally narrowed to a sector ("PRK", "PRK/MIL").</summary>
public sealed record ActorFilter(string Code, string? Sector)
{
    /// <summary>Parses "PRK" or "PRK/MIL" (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out ActorFilter? filter)
    {
        filter = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim().ToUpperInvariant();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var code = slash < 0 ? trimmed : trimmed[..slash];
        var sector = slash < 0 ? null : trimmed[(slash + 1)..];
        if (!IsLetters(code, 3, 3)) return false;
        if (sector is not null && !IsLetters(sector, 2, 4)) return false;
        filter = new ActorFilter(code, sector);
        return true;
    }

    private static bool IsLetters(string s, int min, int max)
    {
        if (s.Length < min || s.Length > max) return false;
        foreach (var c in s)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    public override string ToString() => Sector is null ? Code : $"{Code}/{Sector}";
}

/// <summary>Which page of results: 1-based page number and rows per page.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 50;

    public static PageRequest First { get; } = new(1, DefaultPageSize);

    public int Offset => (Page - 1) * PageSize;
}

/// <summary>One page of results and how many there are in all.</summary>
public sealed record Page<T>(long Total, int PageNumber, int PageSize, IReadOnlyList<T> Items);
