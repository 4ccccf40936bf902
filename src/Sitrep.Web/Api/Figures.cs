using System.Globalization;

namespace Sitrep.Web.Api;

/// <summary>A reported figure in words, as analysts read it: "about 10,000", "11,000–12,000", "at least 24".</summary>
internal static class Figures
{
    public static string Describe(double? value, double? low, double? high, string? qualifier, string? unit)
    {
        string core;
        if (value is { } v) core = Number(v);
        else if (low is { } l && high is { } h) core = $"{Number(l)}–{Number(h)}";
        else if (low is { } lo) core = $"{Number(lo)}+";
        else if (high is { } hi) core = $"up to {Number(hi)}";
        else core = "?";
        var text = string.IsNullOrEmpty(qualifier) || value is null ? core : $"{qualifier} {core}";
        return string.IsNullOrEmpty(unit) ? text : $"{text} {unit}";
    }

    private static string Number(double n) =>
        n == Math.Floor(n) && Math.Abs(n) < 1e15
            ? n.ToString("#,0", CultureInfo.InvariantCulture)
            : n.ToString("#,0.##", CultureInfo.InvariantCulture);
}
