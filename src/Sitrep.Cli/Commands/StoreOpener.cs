using Sitrep.Store;

namespace Sitrep.Cli.Commands;

internal static class StoreOpener
{
    /// <summary>Opens the database or prints one clear line and returns null.</summary>
    public static SqliteStore? Open(string path, bool mustExist = false)
    {
        if (mustExist && !File.Exists(path))
        {
            Console.Error.WriteLine($"sitrep: {path}: no such database (run 'sitrep analyze' first)");
            return null;
        }
        try
        {
            return SqliteStore.Open(path);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return null;
        }
    }
}
