using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Reconcile;

/// <summary>
/// The tokens of a claim's sentence and where the claim and its clause lie among them. Places and measures are read
/// from the clause only: "About 10,000 troops have been sent to train in eastern Russia, the Pentagon said in
/// Washington" places the troops in Russia, not in Washington, because a speech clause ends the claim's clause.
/// </summary>
internal readonly struct ClaimWords
{
    private ClaimWords(string text, List<Token> tokens, int claimFirst, int claimEnd, int clauseStart, int clauseEnd)
    {
        Text = text;
        Tokens = tokens;
        ClaimFirst = claimFirst;
        ClaimEnd = claimEnd;
        ClauseStart = clauseStart;
        ClauseEnd = clauseEnd;
    }

    public string Text { get; }
    public List<Token> Tokens { get; }

    /// <summary>Index of the claim's first token, and one past its last.</summary>
    public int ClaimFirst { get; }
    public int ClaimEnd { get; }

    /// <summary>The claim's clause: tokens [ClauseStart, ClauseEnd) around the claim.</summary>
    public int ClauseStart { get; }
    public int ClauseEnd { get; }

    public ReadOnlySpan<char> Word(int i) => Tokens[i].In(Text);

    public bool IsWord(int i, string word) =>
        i >= 0 && i < Tokens.Count && Tokens[i].IsWord && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalised(int i) => i < Tokens.Count && Tokens[i].IsWord && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsLowerWord(int i) => i < Tokens.Count && Tokens[i].IsWord && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>"'s" (or a bare apostrophe after a plural): the name before it owns what follows.</summary>
    public bool IsPossessive(int i) =>
        i < Tokens.Count && Tokens[i].Kind == TokenKind.Clitic && Word(i) is var w && (w.Length == 1 || w[1] is 's' or 'S');

    /// <summary>
    /// Tokenizes the sentence into <paramref name="buffer"/> (reused between claims; left alone when it already holds
    /// this sentence) and finds the claim and its clause.
    /// </summary>
    public static ClaimWords Of(string text, TextSpan sentence, TextSpan claim, List<Token> buffer, ref (string? Text, TextSpan Span) cached)
    {
        if (!ReferenceEquals(cached.Text, text) || cached.Span != sentence)
        {
            buffer.Clear();
            Tokenizer.Tokenize(text, sentence, buffer);
            cached = (text, sentence);
        }
        var first = 0;
        while (first < buffer.Count && buffer[first].Start < claim.Start) first++;
        var end = first;
        while (end < buffer.Count && buffer[end].End <= claim.End) end++;
        return new ClaimWords(text, buffer, first, end, Clauses.StartBefore(text, buffer, first), Clauses.EndAfter(text, buffer, end));
    }
}
