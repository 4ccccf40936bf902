using Sitrep.Coding.Petrarch;
using static Sitrep.Coding.Tests.Petrarch.PetrarchTestKit;

namespace Sitrep.Coding.Tests.Petrarch;

public sealed class PetrarchDetectionTests
{
    [Theory]
    [InlineData("PETR.Validate.verbs.txt", DictionaryKind.PetrarchVerbs)]
    [InlineData("CAMEO.2.0.txt", DictionaryKind.PetrarchVerbs)]
    [InlineData("Phoenix.Countries.actors.txt", DictionaryKind.PetrarchActors)]
    [InlineData("Phoenix.agents.txt", DictionaryKind.PetrarchAgents)]
    [InlineData("/data/Phoenix.discards.txt", DictionaryKind.PetrarchDiscards)]
    [InlineData("verbs-extra.txt", DictionaryKind.Verbs)] // Sitrep's own names come first
    [InlineData("discards.txt", DictionaryKind.Discards)]
    [InlineData("notes.txt", DictionaryKind.Unknown)]
    public void File_names_say_the_kind(string name, DictionaryKind kind) => Assert.Equal(kind, Lexicon.KindOf(name));

    [Theory]
    [InlineData("--- SEND [070] ---\nSEND\n- * AID [073]\n", DictionaryKind.PetrarchVerbs)]
    [InlineData("COAST_GUARD [~MIL]\nAID_AGENCY [NGO~]\n", DictionaryKind.PetrarchAgents)]
    [InlineData("VALDORIA [VAL]\n+VALDORIAN\nKESTRA\n\t[KSR]\n", DictionaryKind.PetrarchActors)]
    [InlineData("# sport\n+CHAMPIONS_CUP\nYEARS LATER\n", DictionaryKind.PetrarchDiscards)]
    [InlineData("VAL | Valdoria | Valdorian | Esker\n", DictionaryKind.Unknown)] // Sitrep's format, badly named
    [InlineData("# nothing but comments\n", DictionaryKind.Unknown)]
    public void Content_says_the_kind_when_the_name_does_not(string text, DictionaryKind kind) =>
        Assert.Equal(kind, PetrarchFormat.Detect(File("renamed.txt", text)));

    [Fact]
    public void A_folder_of_petrarch_files_with_any_names_loads_beside_the_built_ins()
    {
        var folder = TempFolder();
        System.IO.File.WriteAllText(Path.Combine(folder, "our-places.txt"), PetrarchVerbTests.Actors);
        System.IO.File.WriteAllText(Path.Combine(folder, "our-verbs.txt"), PetrarchVerbTests.Verbs);
        System.IO.File.WriteAllText(Path.Combine(folder, "broken.txt"), "VAL | Valdoria\n");
        var coder = new CoderBuilder().AddDictionaries(folder).Build();
        Directory.Delete(folder, recursive: true);
        var error = Assert.Single(coder.LoadErrors);
        Assert.EndsWith("broken.txt", error.File, StringComparison.Ordinal);
        Assert.Contains("*.verbs.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(coder.Lexicon.Notes, n => n.Contains("our-verbs.txt", StringComparison.Ordinal));
        // The built-in countries and the imported verbs work together.
        Assert.Equal(["UKR VAL 057"], Triples(coder, "Ukraine renewed full diplomatic ties with Valdoria.", new DateOnly(2024, 5, 1)));
    }
}
