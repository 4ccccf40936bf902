namespace Sitrep.Browser.Tests;

/// <summary>
/// A news item whose title and body carry markup an attacker would plant: a script tag and an image whose error
/// handler runs code. The dashboard must show these characters as text and run nothing.
/// </summary>
public static class HostileDocument
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(1)>";
    public const string Title = "Shelling near Kursk " + Script + " and " + Image;
    public const string Outlet = "Tampered Wire";

    /// <summary>Writes the item as a text file with front matter into <paramref name="folder"/>.</summary>
    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "2024-11-12-tampered-wire-shelling-near-kursk.txt");
        File.WriteAllText(path, $"""
            ---
            title: "{Title}"
            outlet: {Outlet}
            published: 2024-11-12T09:00:00Z
            ---

            North Korean troops shelled Ukrainian positions near Kursk on Monday {Script}, Ukraine's military said.

            Russia deployed more North Korean soldiers to the border region {Image} on Tuesday, according to Ukrainian officials.

            """);
        return path;
    }
}
