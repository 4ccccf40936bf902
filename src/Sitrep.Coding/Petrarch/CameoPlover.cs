using Sitrep.Domain;

namespace Sitrep.Coding.Petrarch;

/// <summary>How one CAMEO code reads in PLOVER: type, and the mode and context when the code fixes them.</summary>
public sealed record PloverReading(EventType Type, string? Mode, string? Context);

/// <summary>
/// The CAMEO → PLOVER table of Dictionaries/cameo-plover.txt: two-digit roots plus the longer codes whose reading
/// differs. A code is read at its longest listed prefix; roots listed as "-" (statements, appeals) have no
/// PLOVER reading, and their codes are not imported.
/// </summary>
public sealed class CameoPlover
{
    private readonly Dictionary<string, PloverReading?> _byPrefix = new(StringComparer.Ordinal);

    public int Count => _byPrefix.Count;

    public static CameoPlover BuiltIn(List<DataFileError> errors) => Load(DataFile.BuiltIn("cameo-plover.txt"), errors);

    public static CameoPlover Load(DataFile file, List<DataFileError> errors)
    {
        var table = new CameoPlover();
        foreach (var line in file.Records())
        {
            if (line.Fields.Length is < 2 or > 4) { errors.Add(line.Error($"expected 'CAMEO | TYPE | mode | context', found {line.Fields.Length} fields")); continue; }
            var code = line.Field(0);
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)) { errors.Add(line.Error($"'{code}' is not a CAMEO code")); continue; }
            if (line.Field(1) == "-") { table._byPrefix[code] = null; continue; }
            if (!EventTypes.TryParse(line.Field(1), out var type)) { errors.Add(line.Error($"unknown PLOVER event type '{line.Field(1)}'")); continue; }
            table._byPrefix[code] = new PloverReading(type, Empty(line.Field(2)), Empty(line.Field(3)));
        }
        return table;
    }

    /// <summary>The PLOVER reading of a CAMEO code (2 to 4 digits), or false when PLOVER does not code it.</summary>
    public bool TryRead(string code, out PloverReading reading)
    {
        reading = null!;
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)) return false;
        for (var n = code.Length; n >= 2; n--)
        {
            if (!_byPrefix.TryGetValue(code[..n], out var found)) continue;
            if (found is null) return false;
            reading = found;
            return true;
        }
        return false;
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
