using Sitrep.Domain;

namespace Sitrep.Text.Tests.Dates;

/// <summary>Scans one sentence against a fixed publication day: Tuesday 5 November 2024.</summary>
internal static class DateKit
{
    public static readonly DateOnly Published = new(2024, 11, 5);

    public static List<DateMention> Scan(string sentence, DateOnly? published) =>
        DateScanner.Scan(sentence, Tokenizer.Tokenize(sentence), published);

    public static DateMention Single(string sentence, DateOnly? published = null)
    {
        var found = Scan(sentence, published ?? Published);
        Assert.True(found.Count == 1, $"expected one date in \"{sentence}\", got {found.Count}: {Describe(sentence, found)}");
        return found[0];
    }

    public static string Text(this DateMention d, string sentence) => d.Span.Slice(sentence);

    public static string Describe(string sentence, IEnumerable<DateMention> found) =>
        string.Join("; ", found.Select(d => $"\"{d.Text(sentence)}\" {d.Date} {d.Role} rel={d.Relative}"));

    public static void Is(string sentence, DateMention d, string span, string date, DateRole role, bool relative)
    {
        Assert.Equal(span, d.Text(sentence));
        Assert.Equal(PartialDate.Parse(date), d.Date);
        Assert.Equal(role, d.Role);
        Assert.Equal(relative, d.Relative);
    }
}
