using Sitrep.Coding;
using Sitrep.Domain;

namespace Sitrep.Coding.Tests;

/// <summary>means.txt: weapon words by ASSAULT mode, validated line by line and usable from an extra dictionary.</summary>
public class MeansTests
{
    [Fact]
    public void A_line_with_an_unknown_mode_or_no_words_is_reported_with_file_and_line_and_the_rest_loads()
    {
        var file = new DataFile("means-local.txt",
        [
            "# weapons named in local reporting",
            "primitive | panga; pangas",
            "incendiary | molotov cocktail",
            "firearms",
            "explosives | barrel bomb; barrel bombs",
        ]);
        var means = new Means();
        var errors = new List<DataFileError>();

        means.Load(file, errors);

        Assert.Equal(["means-local.txt:3", "means-local.txt:4"], errors.Select(e => $"{e.File}:{e.Line}"));
        Assert.Contains("'incendiary' is not an ASSAULT mode", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("1 fields", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(4, means.Phrases.Count);
    }

    [Fact]
    public void Built_in_weapon_words_give_the_mode_of_an_attack_whose_verb_names_no_means()
    {
        var coder = Coder.Default();
        var e = Assert.Single(coder.Code(Doc("Afghan gunmen killed four police officers at a checkpoint in Kandahar on Sunday.")).Analysis.Events);

        Assert.Equal(EventType.Assault, e.Type);
        Assert.Equal("firearms", e.Mode);
    }

    [Fact]
    public void An_extra_means_file_adds_words_and_phrases_to_the_built_in_ones()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-means-");
        try
        {
            var path = Path.Combine(dir.FullName, "means-local.txt");
            File.WriteAllLines(path, ["primitive | panga; pangas", "explosives | improvised devices"]);
            var coder = new CoderBuilder().AddDictionaries(path).Build();
            const string raid = "Nigerian herdsmen armed with pangas attacked farmers in Benue state on Sunday night.";
            const string ambush = "Malian rebels attacked an army convoy with improvised devices near Gao on Monday.";

            Assert.Empty(coder.LoadErrors);
            Assert.Equal("primitive", Assert.Single(coder.Code(Doc(raid)).Analysis.Events).Mode);
            Assert.Equal("explosives", Assert.Single(coder.Code(Doc(ambush)).Analysis.Events).Mode);
            // The built-in list has neither word: without the extra file the attacks have no mode.
            Assert.Null(Assert.Single(Coder.Default().Code(Doc(raid)).Analysis.Events).Mode);
            Assert.Null(Assert.Single(Coder.Default().Code(Doc(ambush)).Analysis.Events).Mode);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Document Doc(string text) => new()
    {
        Id = "means-test", Path = "means-test", Text = text,
        Published = new DateTimeOffset(2024, 11, 5, 0, 0, 0, TimeSpan.Zero),
    };
}
