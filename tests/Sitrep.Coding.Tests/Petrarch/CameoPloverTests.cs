using Sitrep.Coding.Petrarch;
using Sitrep.Domain;

namespace Sitrep.Coding.Tests.Petrarch;

public sealed class CameoPloverTests
{
    private static readonly CameoPlover Table = Load();

    private static CameoPlover Load()
    {
        var errors = new List<DataFileError>();
        var table = CameoPlover.BuiltIn(errors);
        Assert.Empty(errors);
        return table;
    }

    [Theory]
    [InlineData("03", EventType.Agree, null)]
    [InlineData("0356", EventType.Agree, null)]
    [InlineData("042", EventType.Consult, "visit")]
    [InlineData("0841", EventType.Retreat, "release")]
    [InlineData("0871", EventType.Retreat, "ceasefire")]
    [InlineData("0874", EventType.Retreat, "disarm")] // read at 087
    [InlineData("083", EventType.Concede, null)]
    [InlineData("090", EventType.Accuse, "investigate")]
    [InlineData("163", EventType.Coerce, "restrict")] // an embargo, inside "reduce relations"
    [InlineData("1712", EventType.Assault, "destroy")]
    [InlineData("173", EventType.Coerce, "arrest")]
    [InlineData("191", EventType.Coerce, "restrict")] // a blockade, inside "fight"
    [InlineData("1944", EventType.Assault, "heavy-weapons")]
    [InlineData("204", EventType.Assault, "unconventional")]
    public void Codes_read_at_their_longest_listed_prefix(string code, EventType type, string? mode)
    {
        Assert.True(Table.TryRead(code, out var reading));
        Assert.Equal((type, mode), (reading.Type, reading.Mode));
    }

    [Theory]
    [InlineData("010")] // statements
    [InlineData("0231")] // appeals
    [InlineData("903")] // no such root
    [InlineData("22")] // a WEIS code
    [InlineData("174K")]
    [InlineData("7")]
    public void Codes_plover_does_not_use_have_no_reading(string code) => Assert.False(Table.TryRead(code, out _));

    [Fact]
    public void The_table_is_reference_data_that_the_coder_does_not_load_as_a_dictionary()
    {
        Assert.Equal(DictionaryKind.CameoPlover, Lexicon.KindOf("cameo-plover.txt"));
        Assert.Empty(Coder.Default().LoadErrors);
    }
}
