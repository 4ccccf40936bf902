using Sitrep.Domain;

namespace Sitrep.Analyze.Tests;

public class TriggerTests
{
    [Fact]
    public void Reads_codes_type_mode_and_context()
    {
        Assert.True(WhatIfTrigger.TryParse("  rus/mil  coerce/Seize/territory  est ", out var t, out _));
        Assert.Equal(("RUS", EventType.Coerce, "EST", "seize", "territory"), (t.Attacker, t.Event, t.Target, t.Mode, t.Context));
        Assert.Equal("RUS COERCE/seize/territory EST", t.ToString());
    }

    [Theory]
    [InlineData("UKR ASSAULT", "expected \"ACTOR EVENT TARGET\"")]
    [InlineData("UKR ASSAULT PRK NOW", "expected \"ACTOR EVENT TARGET\"")]
    [InlineData("Ukraine ASSAULT PRK", "'Ukraine' is not a three-letter country code")]
    [InlineData("UKR INVADE PRK", "'INVADE' is not a PLOVER event type")]
    [InlineData("UKR ASSAULT ukr", "actor and target are both UKR")]
    public void Explains_what_is_wrong(string text, string expected)
    {
        Assert.False(WhatIfTrigger.TryParse(text, out var trigger, out var error));
        Assert.Null(trigger);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_actor_code_overload_ignores_the_sector()
    {
        var result = WhatIf.Run(Scenarios.Book, new ActorCode("PRK", "MIL"), EventType.Assault, "KOR", Scenarios.Today);

        Assert.Equal("PRK", result.Trigger.Attacker);
        Assert.NotNull(result.Obliged.Entry("USA", "us-korea-1953"));
    }
}
