namespace Sitrep.Analyze.Tests;

/// <summary>Later steps: a state that joins is assumed to be struck back, which triggers its own defence pacts.</summary>
public class ChainTests
{
    [Fact]
    public void Russia_joining_to_defend_north_korea_draws_in_its_own_allies_at_step_two()
    {
        var result = Scenarios.Run("UKR ASSAULT PRK");

        foreach (var state in new[] { "BLR", "KAZ", "KGZ", "TJK", "ARM" })
        {
            var entry = result.Obliged.Entry(state, "csto-art4");
            Assert.NotNull(entry);
            Assert.Equal((2, "RUS"), (entry.Step, entry.Via));
        }
        var belarus = result.Obliged.Entry("BLR", "russia-belarus-2024");
        Assert.NotNull(belarus);
        Assert.Equal(2, belarus.Step);
    }

    [Fact]
    public void Max_steps_cuts_the_chain()
    {
        var result = Scenarios.Run("UKR ASSAULT PRK", options: new WhatIfOptions { MaxSteps = 1 });

        Assert.Equal(["CHN", "RUS"], result.Obliged.Select(c => c.State).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_state_enters_the_chain_once_at_its_first_step()
    {
        var result = Scenarios.Run("RUS ASSAULT EST");

        // Germany is obliged at step 1; France being struck at step 2 does not list it again under Aachen.
        Assert.All(result.Obliged.Where(c => c.State == "DEU"), c => Assert.Equal(1, c.Step));
        Assert.Null(result.Obliged.Entry("DEU", "aachen-2019"));
        Assert.Equal(result.Obliged.Count, result.Obliged.DistinctBy(c => (c.State, c.Treaty.Id)).Count());
    }

    [Fact]
    public void The_american_entry_reaches_its_pacific_allies_at_step_two()
    {
        var result = Scenarios.Run("RUS ASSAULT EST");

        var kor = result.Obliged.Entry("KOR", "us-korea-1953");
        Assert.NotNull(kor);
        Assert.Equal((2, "USA"), (kor.Step, kor.Via));
        // Japan's treaty does not cover the United States, so Japan stays out.
        Assert.DoesNotContain(result.Obliged, c => c.State == "JPN");
    }

    [Fact]
    public void Steps_are_ordered_in_the_result()
    {
        var steps = Scenarios.Run("PRK ASSAULT KOR").Obliged.Select(c => c.Step).ToList();

        Assert.Equal(steps.Order(), steps);
        Assert.Equal(1, steps[0]);
        Assert.Contains(2, steps);
    }
}
