using Sitrep.Domain;

namespace Sitrep.Benchmarks;

/// <summary>News-like inputs written for these benchmarks: wire-style English with figures, names and dates.</summary>
internal static class NewsText
{
    public static readonly DateTimeOffset Published = new(2024, 11, 14, 9, 30, 0, TimeSpan.Zero);

    /// <summary>One body paragraph of four sentences: titles, names, figures, a range, a quote, a date.</summary>
    public const string Paragraph =
        "KYIV, Nov 14 (Harbour Signal) — Ukrainian air defences shot down 34 of the 51 drones that Russia launched " +
        "overnight, the air force said on Thursday, while debris damaged two apartment blocks in Kharkiv. " +
        "Regional governor Oleh Syniehubov said at least 12 people, including three children, were wounded and " +
        "between 40 and 60 residents had been moved to temporary shelters. \"The night was hard, but the city is " +
        "working,\" Mayor Ihor Terekhov wrote on Telegram. Ukraine's foreign ministry said Kyiv had asked its " +
        "partners for $1.2 billion in additional air-defence aid before the end of December.";

    /// <summary>A whole article: headline, byline, dateline paragraph, a caption and several paragraphs.</summary>
    public const string Article =
        "Seoul weighs direct arms supplies to Ukraine as Pyongyang's troops reach the front\n\n" +
        "By Min-ji Seo\n\n" +
        Paragraph + "\n\n" +
        "South Korea's president said on Wednesday that Seoul would not rule out sending weapons to Ukraine " +
        "if North Korean troops took part in combat. Officials in Seoul estimate that about 11,000 North Korean " +
        "soldiers are now in Russia's Kursk region, and the Pentagon put the figure at 10,000 to 12,000.\n\n" +
        "Photo: Firefighters work at the site of a drone strike in Kharkiv on Nov. 14, 2024.\n\n" +
        "The Kremlin declined to comment. Dmitry Peskov, the Kremlin spokesman, told reporters that cooperation " +
        "with Pyongyang was \"a sovereign matter\" and was not directed against third countries.\n\n" +
        "NATO Secretary General Mark Rutte met South Korean officials in Brussels on Monday. He said the " +
        "deployment marked a dangerous expansion of the war and urged China to use its influence with " +
        "Pyongyang. The European Union imposed sanctions on five North Korean officials last month.";

    /// <summary>One sentence crowded with actors: states, organisations, office holders and sector words.</summary>
    public const string ManyActors =
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un met Chinese Foreign Minister Wang Yi, " +
        "while NATO, the European Union, the United Nations, Japan, South Korea, Ukraine and the United States " +
        "accused Russian troops and North Korean soldiers of attacking Ukrainian police in the Kursk region.";

    /// <summary>One sentence with several event triggers: accuse, strike, threaten, sanction, send aid.</summary>
    public const string ManyTriggers =
        "Ukraine accused Russia of striking Kharkiv overnight, and after Moscow threatened to hit government " +
        "buildings in Kyiv, the United States imposed new sanctions on Russian banks and Germany pledged more " +
        "air-defence systems to Ukraine.";

    public static Document Document(string id, string text) => new()
    {
        Id = id,
        Path = id + ".txt",
        Text = text,
        Published = Published,
        Outlet = "Harbour Signal",
    };
}
