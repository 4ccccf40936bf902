using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Finds the dates in one sentence: absolute ("Nov. 10, 2024", "2024-11-05", "in 1968"), and relative to
/// the publication date ("yesterday", "on Tuesday", "last week", "in June", "two days ago").
/// Works on token offsets only; nothing is allocated but the mentions.
/// </summary>
public static class DateScanner
{
    public static List<DateMention> Scan(string text, IReadOnlyList<Token> tokens, DateOnly? published)
    {
        var list = new List<DateMention>();
        Scan(text, tokens, published, list);
        return list;
    }

    /// <summary>
    /// Appends the dates in <paramref name="tokens"/> (one sentence) to <paramref name="into"/>.
    /// Without <paramref name="published"/> only dates that carry their own year are read.
    /// </summary>
    public static void Scan(string text, IReadOnlyList<Token> tokens, DateOnly? published, List<DateMention> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(into);
        var span = TokenLists.AsSpan(tokens);
        Span<TokenClass> classes = span.Length <= TokenClasses.StackLimit ? stackalloc TokenClass[span.Length] : new TokenClass[span.Length];
        var all = TokenClasses.Classify(text, span, classes);
        Scan(text, span, classes, all, published, into);
    }

    /// <summary>Scans with the token classes already known (<paramref name="all"/> is their union).</summary>
    internal static void Scan(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenClass> classes, TokenClass all,
        DateOnly? published, List<DateMention> into)
    {
        var hints = DateCandidates.Of(all);
        if (hints == DateHints.None) return;
        var pub = DateResolution.Usable(published);
        DateMention? previous = null;
        var i = 0;
        while (i < tokens.Length)
        {
            // A token that no rule starts with is passed over without trying any.
            if ((classes[i] & (TokenClass.Number | TokenClass.DateStart)) == 0 || !TryAt(text, tokens, classes, i, pub, hints, out var m))
            {
                i++;
                continue;
            }
            var span = new TextSpan(tokens[m.First].Start, tokens[m.Last].End);
            var role = DateRoles.Of(text, tokens, m, previous);
            previous = new DateMention(span, m.First, m.Last, m.Date, role, m.Relative);
            into.Add(previous.Value);
            i = m.Last + 1;
        }
    }

    // A family of rules is tried only when the sentence has the words it needs (see DateCandidates), and only where
    // the word it needs is close enough: skipping a rule that could not match changes nothing but the time spent.
    private static bool TryAt(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenClass> classes, int i, DateOnly? pub,
        DateHints hints, out DateMatch match)
    {
        var t = tokens[i];
        match = default;
        if (t.Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        // The day name is at i or after "last", "next", "this".
        if ((hints & DateHints.Weekday) != 0 && Near(classes, i, 2, TokenClass.Weekday) && WeekdayDates.TryRead(text, tokens, i, pub, out match))
            return true;
        // The month is at i, after a modifier, or after "the end of".
        if ((hints & DateHints.Month) != 0 && Near(classes, i, 3, TokenClass.Month) && MonthDates.TryRead(text, tokens, i, pub, out match))
            return true;
        if (t.IsNumber && (MonthDates.TryReadDayFirst(text, tokens, i, pub, out match) || NumericDates.TryRead(text, tokens, i, out match)))
            return true;
        if ((hints & DateHints.Relative) != 0 && pub is { } p && RelativeDates.TryRead(text, tokens, i, p, (hints & DateHints.Ago) != 0, out match))
            return true;
        // The year is at i, after "early", "mid -", "summer of" or "the end of".
        return (hints & DateHints.Number) != 0 && Near(classes, i, 3, TokenClass.Number) && YearMentions.TryRead(text, tokens, i, out match);
    }

    /// <summary>True when one of the <paramref name="count"/> tokens from <paramref name="i"/> has <paramref name="kind"/>.</summary>
    private static bool Near(ReadOnlySpan<TokenClass> classes, int i, int count, TokenClass kind)
    {
        var end = Math.Min(classes.Length, i + count);
        for (var k = i; k < end; k++)
        {
            if ((classes[k] & kind) != 0) return true;
        }
        return false;
    }
}
