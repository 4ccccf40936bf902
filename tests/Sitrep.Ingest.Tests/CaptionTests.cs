using Sitrep.Ingest.Drafts;

namespace Sitrep.Ingest.Tests;

public sealed class CaptionTests : IDisposable
{
    private readonly TestInput _input = new();

    public void Dispose() => _input.Dispose();

    [Theory]
    [InlineData("Photo: A destroyed bridge over the Siverskyi Donets river.")]
    [InlineData("Caption: Residents queue for water in Khan Younis.")]
    [InlineData("Pictured: Polish troops on exercise near Orzysz.")]
    [InlineData("PHOTO: Smoke over Khartoum, April 15, 2023.")]
    [InlineData("(Photo by Sahel Dispatch) Soldiers at a checkpoint.")]
    [InlineData("A Ukrainian serviceman fires a howitzer near Bakhmut. (AP Photo/Libkos)")]
    [InlineData("Rescuers search the rubble in Dnipro on January 15, 2023. (Reuters)")]
    [InlineData("Ukrainian servicemen fire towards Russian positions near Avdiivka. REUTERS/Jane Doe")]
    public void Caption_lines_are_recognised(string line)
    {
        Assert.True(CaptionLines.IsCaption(line));
    }

    [Theory]
    [InlineData("KYIV (Reuters) - Russia fired 40 missiles overnight, officials said.")]
    [InlineData("The photo was taken on Tuesday, the ministry said.")]
    [InlineData("Talks on the NATO/Russia Founding Act stalled.")]
    [InlineData("Forces withdrew from the town (a key logistics hub).")]
    public void Body_lines_are_not_captions(string line)
    {
        Assert.False(CaptionLines.IsCaption(line));
    }

    [Fact]
    public void Caption_spans_point_at_the_caption_lines_in_text()
    {
        var doc = TestInput.Document(TestInput.Fixture("kherson-shelling.txt"));

        var caption = Assert.Single(doc.Captions);
        Assert.Equal("Photo: Emergency workers clear debris from a damaged bus in Kherson, November 10, 2024.", caption.Slice(doc.Text));
    }
}
