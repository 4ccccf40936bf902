using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CliOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite database file (created if missing).",
        DefaultValueFactory = _ => "sitrep.db",
    };

    public static Option<string[]> Dictionaries() => new("--dictionaries")
    {
        Description = "Extra dictionary files or folders, merged with the built-in ones (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };
}
