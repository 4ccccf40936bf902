
namespace Sitrep.Ingest.Tests;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Line_breaks_spaces_and_invisible_characters_are_normalised()
    {
        var raw = "\uFEFF  \r\nGaza\u00A0City strikes\u200B kill 12   \r\n\r\n\r\n\r\nCivil\u00ADdefence said\u0007 rescuers\tare searching.\rMore to follow.  \n\n";

        var text = TextNormalizer.Normalize(raw);

        Assert.Equal("Gaza City strikes kill 12\n\nCivildefence said rescuers are searching.\nMore to follow.", text);
    }

    [Fact]
    public void Whitespace_only_lines_count_as_blank_lines()
    {
        Assert.Equal("Para one.\n\nPara two.", TextNormalizer.Normalize("Para one.\n   \n \t \n\u00A0\nPara two."));
    }

    [Fact]
    public void Bullets_and_indentation_survive()
    {
        Assert.Equal("Losses reported:\n- 3 tanks\n• 2 helicopters\n* 1 ship", TextNormalizer.Normalize("Losses reported:\r\n- 3 tanks\r\n• 2 helicopters\r\n* 1 ship\r\n"));
    }

    [Fact]
    public void Decomposed_accents_are_composed()
    {
        Assert.Equal("Ouédraogo met Việt Nam envoys", TextNormalizer.Normalize("Oue\u0301draogo met Vie\u0323\u0302t Nam envoys"));
    }

    [Fact]
    public void Line_values_collapse_to_one_line()
    {
        Assert.Equal("Jane Doe, Baltic Wire", TextNormalizer.NormalizeLine("  Jane\u00A0Doe,\n  Baltic   Wire "));
        Assert.Null(TextNormalizer.NormalizeLine(" \u200B \n"));
    }

    [Theory]
    [InlineData("Oue\u0301draogo", "Ou\u00E9draogo")]
    [InlineData("Vie\u0323\u0302t", "Vi\u1EC7t")]
    [InlineData("Vie\u0302\u0323t", "Vi\u1EC7t")]
    [InlineData("\u1112\u1161\u11AB", "\uD55C")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("\u0915\u093C", "\u0915\u093C")]
    [InlineData("Ky\u0457v", "Ky\u0457v")]
    [InlineData("\u0301abc", "\u0301abc")]
    [InlineData("a\u0328\u0301", "\u0105\u0301")]
    [InlineData("\u00C5\u0301", "\u01FA")]
    [InlineData("Київ, 😀 Χαρκίβ", "Київ, 😀 Χαρκίβ")]
    public void Nfc_matches_the_unicode_reference(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }
}
