using Sitrep.Domain;

namespace Sitrep.Coding.Tests;

/// <summary>Every example in Specs/*.md is a test: the coder must produce each expected event (or none).</summary>
public sealed class SpecTests
{
    public static TheoryData<SpecCase> Examples()
    {
        var data = new TheoryData<SpecCase>();
        foreach (var ex in SpecFile.All().Where(e => e.Pending is null)) data.Add(new SpecCase(ex));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Sentence_codes_as_specified(SpecCase c)
    {
        var ex = c.Example;
        var events = SpecRunner.Code(ex);
        if (ex.NoEvents)
        {
            Assert.True(events.Count == 0, $"{ex}: expected no events, got {SpecRunner.Describe(events)}");
            return;
        }
        foreach (var expected in ex.Expected)
            Assert.True(SpecRunner.Matches(events, expected), $"{ex}\n  sentence: {ex.Sentence}\n  expected: {expected}\n  got:      {SpecRunner.Describe(events)}");
        foreach (var forbidden in ex.Forbidden)
            Assert.False(events.Any(e => SpecRunner.SameRoles(e, forbidden)), $"{ex}\n  sentence: {ex.Sentence}\n  must not give: {forbidden}\n  got:      {SpecRunner.Describe(events)}");
    }

    [Fact]
    public void Spec_files_exist_and_parse()
    {
        var all = SpecFile.All().ToList();
        Assert.True(all.Count >= 50, $"only {all.Count} spec examples found in {SpecFile.Folder}");
    }

    /// <summary>
    /// Examples marked "pending: reason" document what the coder does not handle yet; they are not run as
    /// tests, so keep them few and honest: a pending example that now passes must lose its mark.
    /// </summary>
    [Fact]
    public void Pending_examples_are_few_and_still_fail()
    {
        var all = SpecFile.All().ToList();
        var pending = all.Where(e => e.Pending is not null).ToList();
        Assert.True(pending.Count * 5 <= all.Count, $"{pending.Count} of {all.Count} spec examples are pending (limit 20 %)");
        var passing = pending.Where(ex =>
        {
            var events = SpecRunner.Code(ex);
            return ex.NoEvents ? events.Count == 0 : ex.Expected.All(x => SpecRunner.Matches(events, x)) && !ex.Forbidden.Any(x => events.Any(e => SpecRunner.SameRoles(e, x)));
        }).ToList();
        Assert.True(passing.Count == 0, "pending examples that now pass (remove their 'pending:' line): " + string.Join(", ", passing));
    }
}

/// <summary>Wraps an example so test names show file:line and title.</summary>
public sealed record SpecCase(SpecExample Example)
{
    public override string ToString() => Example.ToString();
}

public static class SpecRunner
{
    private static readonly Lazy<Coder> SharedCoder = new(Coder.Default);

    public static Coder Coder => SharedCoder.Value;

    public static IReadOnlyList<CodedEvent> Code(SpecExample ex)
    {
        var doc = new Document
        {
            Id = "spec",
            Path = ex.File,
            Text = ex.Sentence,
            Published = new DateTimeOffset(ex.Published.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        };
        var sentence = new Sentence(0, new TextSpan(0, ex.Sentence.Length), SentenceKind.Body);
        return Coder.Code(doc, [sentence]).Analysis.Events;
    }

    public static bool Matches(IReadOnlyList<CodedEvent> events, ExpectedEvent x) => events.Any(e => Matches(e, x));

    /// <summary>Same type, actors and recipients, whatever the keys (for "not:" lines).</summary>
    public static bool SameRoles(CodedEvent e, ExpectedEvent x) =>
        e.Type == x.Type && Codes(e.Actors).SetEquals(x.Actors) && Codes(e.Recipients).SetEquals(x.Recipients);

    public static bool Matches(CodedEvent e, ExpectedEvent x)
    {
        if (e.Type != x.Type) return false;
        if (!Codes(e.Actors).SetEquals(x.Actors) || !Codes(e.Recipients).SetEquals(x.Recipients)) return false;
        foreach (var (key, value) in x.Keys)
        {
            var ok = key switch
            {
                "negated" => e.Negated,
                "hedged" => e.Hedged,
                "mode" => string.Equals(e.Mode, value, StringComparison.OrdinalIgnoreCase),
                "attribution" => e.Attribution?.Actor?.Code == value,
                "date" => e.Date?.ToString() == value,
                "actor-sector" => e.Actors.Any(a => a.Actor.Sector == value),
                "recipient-sector" => e.Recipients.Any(a => a.Actor.Sector == value),
                _ => throw new FormatException($"unknown key '{key}' in spec"),
            };
            if (!ok) return false;
        }
        // Unless the spec says so, the event must not be negated or hedged.
        if (!x.Keys.ContainsKey("negated") && e.Negated) return false;
        if (!x.Keys.ContainsKey("hedged") && e.Hedged) return false;
        return true;
    }

    private static HashSet<string> Codes(IReadOnlyList<ActorMention> ms) => [.. ms.Select(m => m.Actor.Code)];

    public static string Describe(IReadOnlyList<CodedEvent> events) =>
        events.Count == 0 ? "(none)" : string.Join("; ", events.Select(e =>
            $"{ExpectedEvent.Set(Codes(e.Actors))} {e.Type.Name()} {ExpectedEvent.Set(Codes(e.Recipients))}" +
            (e.Negated ? " negated" : "") + (e.Hedged ? " hedged" : "") + (e.Attribution?.Actor is { } a ? $" attribution={a.Code}" : "") +
            (e.Date is { } d ? $" date={d}" : "") + $" [{e.Trigger}]"));
}
