namespace Sitrep.Browser.Tests;

/// <summary>Paths in the checkout, found from the test binary upwards.</summary>
public static class Checkout
{
    public static string Root => Sitrep.Testing.RepoRoot.Path;

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Where the full-page screenshots go: the CI artifacts, under the test project's output folder.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
}
