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
        var span = TokenLists.AsSpan(tokens);
        Span<TokenClass> classes = span.Length <= TokenClasses.StackLimit ? stackalloc TokenClass[span.Length] : new TokenClass[span.Length];
        TokenClasses.Classify(text, span, classes);
        Scan(text, tokens, classes, published, dates, quantities);
    }

    /// <summary>
    /// As <see cref="Scan(string, IReadOnlyList{Token}, DateOnly?, List{DateMention}, List{Quantity})"/>, with each token's
    /// class already known (<paramref name="classes"/>[i] is what <see cref="TokenClasses.Of"/> gives for token i).
    /// </summary>
    public static void Scan(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<TokenClass> classes, DateOnly? published, List<DateMention> dates, List<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(quantities);
        var span = TokenLists.AsSpan(tokens);
        if (classes.Length != span.Length) throw new ArgumentException($"{classes.Length} classes for {span.Length} tokens", nameof(classes));
        var all = TokenClass.None;
        foreach (var c in classes) all |= c;
        DateScanner.Scan(text, span, classes, all, published, dates);
        QuantityScanner.Scan(text, span, classes, all, quantities);
    }
}
