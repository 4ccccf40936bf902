namespace Sitrep.Text;

/// <summary>
/// Runs <see cref="DateScanner"/> and <see cref="QuantityScanner"/> over one sentence with one classification
/// pass between them: each word is looked up once for both, not once per scanner.
/// </summary>
public static class DatesAndQuantities
{
    /// <summary>Appends the dates of the sentence to <paramref name="dates"/> and its quantities to <paramref name="quantities"/>.</summary>
    public static void Scan(string text, IReadOnlyList<Token> tokens, DateOnly? published, List<DateMention> dates, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(quantities);
        Span<TokenClass> classes = tokens.Count <= TokenClasses.StackLimit ? stackalloc TokenClass[tokens.Count] : new TokenClass[tokens.Count];
        var all = TokenClasses.Classify(text, tokens, classes);
        DateScanner.Scan(text, tokens, classes, all, published, dates);
        QuantityScanner.Scan(text, tokens, classes, all, quantities);
    }
}
