namespace Sitrep.Web;

/// <summary>What <see cref="DashboardHost.Create"/> serves and where.</summary>
public sealed record DashboardOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The environment variable that supplies the token when <see cref="Token"/> is not given.</summary>
    public const string TokenVariable = "SITREP_TOKEN";

    /// <summary>The database written by <c>sitrep analyze</c>; must exist.</summary>
    public required string DbPath { get; init; }

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>When set, every request must carry it; required when listening beyond the loopback interface.</summary>
    public string? Token { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
