namespace Sitrep.Coding.Petrarch;

/// <summary>How PETRARCH dictionaries are imported.</summary>
public sealed record PetrarchImportOptions
{
    public static readonly PetrarchImportOptions Default = new();

    /// <summary>
    /// What `sitrep validate-petrarch` uses unless told `--plover-only`: every code the suite's dictionaries give is
    /// an event, as PETRARCH2 itself emits them, so that a record passes when its CAMEO triples equal the expected ones.
    /// </summary>
    public static readonly PetrarchImportOptions Validation = new() { KeepUnmappedCodes = true };

    /// <summary>
    /// Import patterns whose code PLOVER does not use (01 statements, 02 appeals, the validation suite's made-up
    /// codes such as 903 or 174K) as events that keep their code, instead of as patterns that match and code
    /// nothing. For measuring rule-for-rule agreement with PETRARCH only: such events carry a placeholder PLOVER
    /// type (the root's type when the digits have one, else AGREE) and must not reach analysis.
    /// </summary>
    public bool KeepUnmappedCodes { get; init; }
}
