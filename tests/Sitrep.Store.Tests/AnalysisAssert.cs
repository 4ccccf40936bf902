using Sitrep.Domain;

namespace Sitrep.Store.Tests;

/// <summary>
/// Field-by-field comparison of analyses. Records compare list properties by reference, so the lists are compared
/// element-wise and then swapped for one shared empty list before the record comparison.
/// </summary>
internal static class AnalysisAssert
{
    private static readonly IReadOnlyList<TextSpan> NoSpans = [];
    private static readonly IReadOnlyList<ActorMention> NoMentions = [];

    public static void Equal(DocumentAnalysis expected, DocumentAnalysis actual)
    {
        DocumentEqual(expected.Document, actual.Document);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected.Mentions, actual.Mentions);
        EventsEqual(expected.Events, actual.Events);
        Assert.Equal(expected.Claims, actual.Claims);
    }

    public static void DocumentEqual(Document expected, Document actual)
    {
        Assert.Equal(expected with { Captions = NoSpans }, actual with { Captions = NoSpans });
        Assert.Equal(expected.Captions, actual.Captions);
        // DateTimeOffset equality compares instants only; the offset the outlet used is data too.
        Assert.Equal(expected.Published?.Offset, actual.Published?.Offset);
    }

    public static void EventsEqual(IReadOnlyList<CodedEvent> expected, IReadOnlyList<CodedEvent> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Actors, actual[i].Actors);
            Assert.Equal(expected[i].Recipients, actual[i].Recipients);
            Assert.Equal(
                expected[i] with { Actors = NoMentions, Recipients = NoMentions },
                actual[i] with { Actors = NoMentions, Recipients = NoMentions });
        }
    }
}
