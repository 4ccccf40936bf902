using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Domain;
using Sitrep.Store.Browsing;

namespace Sitrep.Web.Api;

/// <summary>
/// Reads the filter and paging parameters the API and pages share, refusing bad values with a message that names
/// the parameter (→ 400). Empty parameters count as absent, so an unfilled form field filters nothing.
/// </summary>
internal static class QueryParameters
{
    public static EventFilter Filter(IQueryCollection query) => new()
    {
        Actor = Actor(query, "actor"),
        Recipient = Actor(query, "recipient"),
        Type = Type(query),
        Outlet = Text(query, "outlet"),
        From = Day(query, "from"),
        To = Day(query, "to"),
        Hedged = Hedged(query),
        Document = Text(query, "document"),
    };

    public static PageRequest Paging(IQueryCollection query)
    {
        var page = Number(query, "page") ?? 1;
        var size = Number(query, "pageSize") ?? PageRequest.DefaultPageSize;
        if (page < 1) throw new BadParameterException($"page must be 1 or more, got {page}.");
        if (size < 1 || size > PageRequest.MaxPageSize)
            throw new BadParameterException($"pageSize must be between 1 and {PageRequest.MaxPageSize}, got {size}.");
        if ((long)(page - 1) * size > int.MaxValue) throw new BadParameterException($"page {page} is beyond any result.");
        return new PageRequest(page, size);
    }

    public static string? Text(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    public static ReconcileStatus? Status(IQueryCollection query)
    {
        var text = Text(query, "status");
        if (text is null) return null;
        var normalised = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse<ReconcileStatus>(normalised, ignoreCase: true, out var status) && Enum.IsDefined(status) && !char.IsDigit(normalised[0])
            ? status
            : throw new BadParameterException($"status must be consistent, conflict or single-source, got '{text}'.");
    }

    private static ActorFilter? Actor(IQueryCollection query, string name)
    {
        var text = Text(query, name);
        if (text is null) return null;
        return ActorFilter.TryParse(text, out var filter)
            ? filter
            : throw new BadParameterException($"{name} must be a three-letter code, optionally with a sector (PRK, PRK/MIL), got '{text}'.");
    }

    private static EventType? Type(IQueryCollection query)
    {
        var text = Text(query, "type");
        if (text is null) return null;
        return !char.IsDigit(text[0]) && EventTypes.TryParse(text, out var type)
            ? type
            : throw new BadParameterException($"type must be a PLOVER event type ({string.Join(", ", Enum.GetValues<EventType>().Select(t => t.Name()))}), got '{text}'.");
    }

    private static DateOnly? Day(IQueryCollection query, string name)
    {
        var text = Text(query, name);
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new BadParameterException($"{name} must be a date as YYYY-MM-DD, got '{text}'.");
    }

    private static HedgedFilter Hedged(IQueryCollection query)
    {
        var text = Text(query, "hedged");
        return text?.ToLowerInvariant() switch
        {
            null or "include" or "all" => HedgedFilter.Include,
            "exclude" or "no" or "off" => HedgedFilter.Exclude,
            "only" or "yes" => HedgedFilter.Only,
            _ => throw new BadParameterException($"hedged must be include, exclude or only, got '{text}'."),
        };
    }

    private static int? Number(IQueryCollection query, string name)
    {
        var text = Text(query, name);
        if (text is null) return null;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new BadParameterException($"{name} must be a whole number, got '{text}'.");
    }
}
