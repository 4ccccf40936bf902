using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>
/// Splits one text unit (a paragraph's body lines, a caption, a list item) into sentences with a single forward
/// scan. Single newlines inside the unit are ordinary whitespace: hard-wrapped lines join up.
/// </summary>
internal static class SentenceBoundaries
{
    // A bracket without its closer this close by is a stray character, not a parenthetical.
    private const int MaxParentheticalLength = 400;
    private const int MaxTrackedDepth = 64;

    /// <summary>
    /// Appends the sentences of [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="into"/>.
    /// No boundary is looked for before <paramref name="scanFrom"/> (used to step over a dateline such as "ST. PETERSBURG —").
    /// </summary>
    public static void Append(string text, int start, int end, int scanFrom, SentenceKind kind, List<Sentence> into)
    {
        var sentenceStart = SentenceChars.SkipSpace(text, start, end);
        var depth = 0;
        ulong wholeSentenceParens = 0; // bit d: the parenthetical at depth d+1 opened a sentence
        var i = Math.Max(scanFrom, sentenceStart);
        while (i < end)
        {
            // Jump to the next terminator or bracket: every other character only moves the scan on.
            var skip = NextStop(text.AsSpan(i, end - i));
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (c is '(' or '[')
            {
                if (HasCloser(text, i, end))
                {
                    if (depth < MaxTrackedDepth)
                    {
                        var bit = 1UL << depth;
                        wholeSentenceParens = i == sentenceStart ? wholeSentenceParens | bit : wholeSentenceParens & ~bit;
                    }
                    depth++;
                }
                i++;
                continue;
            }
            if (c is ')' or ']')
            {
                if (depth > 0) depth--;
                i++;
                continue;
            }
            if (!SentenceChars.IsTerminator(c))
            {
                i++;
                continue;
            }

            var termEnd = i + 1;
            while (termEnd < end && SentenceChars.IsTerminator(text[termEnd])) termEnd++;
            // A period inside a parenthetical that began mid-sentence never closes the outer sentence.
            if (depth > 0 && !IsWholeSentence(wholeSentenceParens, depth))
            {
                i = termEnd;
                continue;
            }

            var after = termEnd;
            var quoted = false;
            while (after < end)
            {
                var a = text[after];
                if (SentenceChars.IsClosingQuote(a)) { quoted = true; after++; }
                else if (a is ')' or ']' && depth > 0) { depth--; after++; }
                else break;
            }
            if (after >= end) break;
            if (!char.IsWhiteSpace(text[after]))
            {
                i = after;
                continue;
            }
            var next = SentenceChars.SkipSpace(text, after, end);
            if (next >= end) break;
            if (BoundaryRules.EndsSentence(text, sentenceStart, i, termEnd, quoted, next, end))
            {
                into.Add(new Sentence(into.Count, new TextSpan(sentenceStart, after), kind));
                sentenceStart = next;
                depth = 0;
            }
            i = next;
        }

        var last = SentenceChars.TrimEnd(text, sentenceStart, end);
        if (last > sentenceStart) into.Add(new Sentence(into.Count, new TextSpan(sentenceStart, last), kind));
    }

    /// <summary>The offset of the first terminator or bracket in <paramref name="rest"/>, or -1.</summary>
    private static int NextStop(ReadOnlySpan<char> rest)
    {
        var stop = rest.IndexOfAny(SentenceChars.AsciiStops);
        var ellipsis = (stop < 0 ? rest : rest[..stop]).IndexOf(SentenceChars.Ellipsis);
        return ellipsis >= 0 ? ellipsis : stop;
    }

    private static bool IsWholeSentence(ulong wholeSentenceParens, int depth) =>
        depth <= MaxTrackedDepth && (wholeSentenceParens & (1UL << (depth - 1))) != 0;

    private static bool HasCloser(string text, int open, int end)
    {
        var closer = text[open] == '(' ? ')' : ']';
        var limit = Math.Min(end, open + MaxParentheticalLength);
        var nested = 0;
        for (var k = open + 1; k < limit; k++)
        {
            var c = text[k];
            if (c == text[open]) nested++;
            else if (c == closer && nested-- == 0) return true;
        }
        return false;
    }
}
