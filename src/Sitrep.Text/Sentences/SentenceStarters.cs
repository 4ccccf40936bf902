using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>
/// Words that commonly open a news sentence. After an abbreviation that can also end a sentence (U.S., Inc., a.m.)
/// a capitalised word is usually a name ("U.S. Navy"); one of these words is usually a new sentence ("U.S. The").
/// Weekdays are deliberately absent: "arrived in the U.S. Monday" is one sentence in wire style.
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "In", "On", "At", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
        "Our", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Also", "This", "That", "These", "Those",
        "There", "Then", "Now", "Still", "After", "Before", "When", "While", "As", "Since", "During", "Despite",
        "Although", "Though", "If", "Because", "According", "Officials", "Some", "Many", "Most", "More", "No", "None",
        "One", "Both", "Each", "Every", "All", "Several", "Other", "Another", "Earlier", "Later", "Last", "Next",
        "Asked", "For", "With", "From", "By", "Under", "Among", "Such", "What", "Why", "How", "Where", "Who",
        "Instead", "Separately", "Elsewhere", "Overall", "Only", "Even", "Not", "Neither", "Nor", "Further",
        "Furthermore", "Moreover", "Nevertheless", "Thus", "Hence", "Here", "Today", "Yesterday", "Tomorrow",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the letters starting at <paramref name="start"/> form a common sentence starter.</summary>
    public static bool StartsAt(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i])) i++;
        return i > start && Lookup.Contains(text.AsSpan(start, i - start));
    }
}
