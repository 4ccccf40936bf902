namespace Sitrep.Coding;

/// <summary>The sector codes Sitrep knows (CAMEO's, trimmed to those news about conflict needs).</summary>
public static class Sectors
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "GOV", "MIL", "SPY", "COP", "REB", "OPP", "CVL", "REF", "MED", "JUD", "LEG", "BUS", "HLH", "EDU",
        "LAB", "AGR", "CRM", "NGO", "IGO", "PTY", "ELI", "RAD", "UAF", "IMG", "MOD", "SET", "REL",
    };

    public static bool IsCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetterUpper);
}
