using Sitrep.Analyze;
using Sitrep.Domain;

namespace Sitrep.Analyze.Tests.Escalation;

public sealed class CueFileTests
{
    [Fact]
    public void The_built_in_cue_file_reads_cleanly()
    {
        var cues = RungCues.LoadBuiltIn();

        Assert.Empty(cues.Errors);
        Assert.True(cues.Count > 150, $"{cues.Count} cues");
    }

    [Fact]
    public void Problems_are_reported_with_file_and_line_and_the_rest_is_read()
    {
        string[] lines =
        [
            "# my additions",
            "missiles",
            "[weapons]",
            "cluster munitions",
            "cluster-munitions",
            "[artillery]",
            "howitzer",
            "[troops]",
            "marines (naval infantry)",
            "naval infantry",
        ];

        var cues = RungCues.Parse("my-cues.txt", lines);

        Assert.Equal(
        [
            "my-cues.txt:2: cue 'missiles' is outside any known [section]",
            "my-cues.txt:5: cue 'cluster-munitions' is listed twice in [weapons]",
            "my-cues.txt:6: unknown section '[artillery]' (funding, materiel, weapons, training, intelligence, territory, troops, ally, ally-after, intent, started, possible, denied)",
            "my-cues.txt:7: cue 'howitzer' is outside any known [section]",
            "my-cues.txt:9: cue 'marines (naval infantry)' may contain only letters, digits, apostrophes, spaces and hyphens",
        ], cues.Errors.Select(e => e.ToString()));
        Assert.Equal(2, cues.Count);
    }

    [Fact]
    public void Cues_from_a_file_of_ones_own_change_what_a_report_gave()
    {
        var news = new Newsroom().RussiaAtWarWithUkraine();
        news.Report("c1", "Meridian Post", "2024-04-01", "Sweden delivered CV90 vehicles to Ukraine",
            EventType.Aid, "delivered", ["Sweden=SWE"], ["Ukraine=UKR"], cameo: "070");
        Assert.Equal(Rung.Materiel, Assert.Single(news.Analyze().Ladders).Rung);

        var mine = RungCues.Parse("mine.txt", ["[weapons]", "CV90"]);
        Assert.Equal(Rung.Weapons, Assert.Single(news.Analyze(options: new EscalationOptions { Cues = mine }).Ladders).Rung);
    }
}
