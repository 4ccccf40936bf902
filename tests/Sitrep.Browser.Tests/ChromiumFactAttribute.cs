namespace Sitrep.Browser.Tests;

/// <summary>
/// A fact that needs Debian's Chromium. Where /usr/bin/chromium is missing the test is skipped with a message that
/// says how to install it, instead of failing on a machine that cannot run a browser (CI installs it).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled)
            Skip = $"{Chromium.ExecutablePath} is missing: install Debian's browser with `apt-get install chromium` (.ci/run does).";
    }
}
