namespace Sitrep.Analyze;

/// <summary>
/// Obligations between two parties suspended from a date while both stay parties (the United States toward
/// New Zealand under ANZUS since 1986). A suspension works both ways: neither owes the other anything.
/// </summary>
public sealed record Suspension(string First, string Second, DateOnly Since, string Note)
{
    public bool Applies(string a, string b, DateOnly date) =>
        date >= Since && ((a == First && b == Second) || (a == Second && b == First));
}
