using Sitrep.Domain;
using Sitrep.Text;

namespace Sitrep.Text.Tests.Sentences;

/// <summary>Splits text and checks the invariants every split must keep, before a test looks at the details.</summary>
internal static class SentenceAssert
{
    public static IReadOnlyList<Sentence> Split(string text, string? title = null, IReadOnlyList<TextSpan>? captions = null)
    {
        var sentences = SentenceSplitter.Split(text, title, captions);
        AssertInvariants(text, sentences);
        return sentences;
    }

    /// <summary>Asserts the exact sentence texts, in order.</summary>
    public static IReadOnlyList<Sentence> Sentences(string text, params string[] expected)
    {
        var sentences = Split(text);
        Assert.Equal(expected, sentences.Select(s => s.Span.Slice(text)).ToArray());
        return sentences;
    }

    public static string[] Texts(string text, IReadOnlyList<Sentence> sentences) =>
        sentences.Select(s => s.Span.Slice(text)).ToArray();

    public static void AssertInvariants(string text, IReadOnlyList<Sentence> sentences)
    {
        var covered = new bool[text.Length];
        var previousEnd = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            Assert.Equal(k, s.Index);
            Assert.True(s.Span.Length > 0, $"sentence {k} is empty");
            Assert.True(s.Span.Start >= previousEnd, $"sentence {k} overlaps or precedes the one before");
            Assert.False(char.IsWhiteSpace(text[s.Span.Start]), $"sentence {k} starts with whitespace");
            Assert.False(char.IsWhiteSpace(text[s.Span.End - 1]), $"sentence {k} ends with whitespace");
            Assert.DoesNotContain("\n\n", s.Span.Slice(text));
            for (var i = s.Span.Start; i < s.Span.End; i++) covered[i] = true;
            previousEnd = s.Span.End;
        }
        for (var i = 0; i < text.Length; i++)
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} '{text[i]}' is in no sentence");
    }
}
