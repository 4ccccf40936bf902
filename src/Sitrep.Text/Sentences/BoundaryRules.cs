namespace Sitrep.Text;

/// <summary>
/// Decides whether a terminator (., ?, !, …, or a run of them) followed by whitespace ends the sentence,
/// looking only at the word before it and at the first character and word after it.
/// </summary>
internal static class BoundaryRules
{
    /// <param name="text">The document text.</param>
    /// <param name="sentenceStart">Start of the sentence being built.</param>
    /// <param name="term">First character of the terminator run.</param>
    /// <param name="termEnd">One past the terminator run.</param>
    /// <param name="quoted">A closing quote follows the terminator.</param>
    /// <param name="next">First non-space character after the terminator and its closers.</param>
    /// <param name="end">End of the text unit being split.</param>
    public static bool EndsSentence(string text, int sentenceStart, int term, int termEnd, bool quoted, int next, int end)
    {
        var n = text[next];
        // A sentence does not begin in lower case, with a dash or with closing punctuation.
        if (char.IsLower(n) || SentenceChars.IsTerminator(n) || SentenceChars.IsDash(n) || n is ',' or ';' or ':' or ')' or ']')
            return false;

        var run = text.AsSpan(term, termEnd - term);
        if (run.ContainsAny('?', '!'))
            return !(quoted && SpeechAttribution.Follows(text, next, end, tagMustEnd: false));
        if (IsEllipsis(text, term, run))
            return AfterEllipsis(text, term, n, next, end);
        if (quoted)
            return !SpeechAttribution.Follows(text, next, end, tagMustEnd: true);

        return Abbreviations.BeforePeriod(text, sentenceStart, term) switch
        {
            AbbreviationKind.NeverEnds => false,
            AbbreviationKind.BeforeNumber => !(char.IsDigit(n) || SentenceChars.IsCurrency(n) || n == '#'),
            AbbreviationKind.CanEnd => AfterAbbreviationThatCanEnd(text, n, next, end),
            _ => true,
        };
    }

    private static bool AfterAbbreviationThatCanEnd(string text, char n, int next, int end)
    {
        // "the U.S. 101st Airborne", "the U.S. (and its allies)": the abbreviation is mid-sentence.
        if (char.IsDigit(n) || n is '(' or '[') return false;
        if (char.IsLetter(n)) return SentenceStarters.StartsAt(text, next, end);
        // An opening quote after "U.S." starts a new, quoted sentence.
        return true;
    }

    /// <summary>
    /// An ellipsis glued to its word ("running out... Hospitals") trails off and ends the sentence; a spaced one
    /// ("the city … Ukraine will") usually marks words left out of a quote, so only a sentence starter splits it.
    /// </summary>
    private static bool AfterEllipsis(string text, int term, char n, int next, int end)
    {
        if (char.IsDigit(n)) return false;
        if (!char.IsLetter(n)) return true;
        var glued = term > 0 && !char.IsWhiteSpace(text[term - 1]) && text[term - 1] != '.';
        return glued || SentenceStarters.StartsAt(text, next, end);
    }

    /// <summary>"...", "…", or the last dot of a spaced ". . .".</summary>
    private static bool IsEllipsis(string text, int term, ReadOnlySpan<char> run)
    {
        if (run.Length > 1 || run[0] == '…') return true;
        return term >= 2 && text[term - 1] == ' ' && text[term - 2] == '.';
    }
}
