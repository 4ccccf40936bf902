using Sitrep.Domain;

namespace Sitrep.Store.Tests;

/// <summary>Hand-coded analyses of short wire-style articles, written for these tests.</summary>
internal static class SampleNews
{
    public const string KurskText = """
        North Korean troops join Russian assault in Kursk, Seoul says
        SEOUL, Nov. 10 (Sitrep Wire)
        Some 10,000 North Korean soldiers have been deployed to Russia's Kursk region, according to South Korea's National Intelligence Service. Russian and North Korean units attacked Ukrainian positions near Sudzha on Saturday, the Ukrainian General Staff said. Moscow denied using the foreign troops in combat. At least 60,000 people have been killed in the region since 2022, officials estimated. The Pentagon said it might send up to $425 million in air defence equipment to Kyiv in June.
        Soldiers stand at a checkpoint near Sudzha.
        """;

    public const string KharkivText = """
        Shelling hit Kharkiv overnight, killing 3 civilians.
        Residents said the strikes continued for hours.
        """;

    /// <summary>
    /// A fully coded wire report: every optional field set somewhere, a compound actor, an event without recipients,
    /// attributions with and without an actor code, and dates at day, month and year precision.
    /// </summary>
    public static DocumentAnalysis Kursk(string id = "d-kursk-1110")
    {
        var t = new TextLocator(KurskText);
        var sentenceTexts = new[]
        {
            "North Korean troops join Russian assault in Kursk, Seoul says",
            "SEOUL, Nov. 10 (Sitrep Wire)",
            "Some 10,000 North Korean soldiers have been deployed to Russia's Kursk region, according to South Korea's National Intelligence Service.",
            "Russian and North Korean units attacked Ukrainian positions near Sudzha on Saturday, the Ukrainian General Staff said.",
            "Moscow denied using the foreign troops in combat.",
            "At least 60,000 people have been killed in the region since 2022, officials estimated.",
            "The Pentagon said it might send up to $425 million in air defence equipment to Kyiv in June.",
            "Soldiers stand at a checkpoint near Sudzha.",
        };
        var kinds = new[]
        {
            SentenceKind.Headline, SentenceKind.Dateline, SentenceKind.Body, SentenceKind.Body, SentenceKind.Body,
            SentenceKind.Body, SentenceKind.Body, SentenceKind.Caption,
        };
        var sentences = sentenceTexts.Select((s, i) => new Sentence(i, t.Find(s), kinds[i])).ToArray();

        ActorMention M(int sentence, string words, ActorCode actor, MentionKind kind) => new()
        {
            At = new Provenance(id, sentence, t.Find(words, sentences[sentence].Span.Start)),
            Text = words,
            Actor = actor,
            Kind = kind,
        };
        Provenance At(int sentence, string words) => new(id, sentence, t.Find(words, sentences[sentence].Span.Start));

        var prkMil = new ActorCode("PRK", "MIL");
        var rusMil = new ActorCode("RUS", "MIL");
        var nis = new ActorCode("KOR", "SPY", "National Intelligence Service");
        var generalStaff = new ActorCode("UKR", "MIL", "General Staff");
        var pentagon = new ActorCode("USA", "MIL", "Department of Defense");

        var headlineTroops = M(0, "North Korean troops", prkMil, MentionKind.Adjective);
        var headlineRussian = M(0, "Russian", rusMil, MentionKind.Adjective);
        var seoul = M(0, "Seoul", new ActorCode("KOR", "GOV"), MentionKind.Seat);
        var soldiers = M(2, "North Korean soldiers", prkMil, MentionKind.Adjective);
        var russia = M(2, "Russia", new ActorCode("RUS"), MentionKind.Name);
        var nisMention = M(2, "South Korea's National Intelligence Service", nis, MentionKind.Organization);
        var russian = M(3, "Russian", rusMil, MentionKind.Adjective);
        var units = M(3, "North Korean units", prkMil, MentionKind.Adjective);
        var positions = M(3, "Ukrainian positions", new ActorCode("UKR", "MIL"), MentionKind.Adjective);
        var staff = M(3, "the Ukrainian General Staff", generalStaff, MentionKind.Organization);
        var moscow = M(4, "Moscow", new ActorCode("RUS", "GOV"), MentionKind.Seat);
        var pentagonMention = M(6, "The Pentagon", pentagon, MentionKind.Seat);
        var it = pentagonMention with
        {
            At = new Provenance(id, 6, new TextSpan(t.Find("it might").Start, t.Find("it might").Start + 2)),
            Text = "it",
            Kind = MentionKind.Reference,
        };
        var kyiv = M(6, "Kyiv", new ActorCode("UKR", "GOV"), MentionKind.Seat);

        var byNis = new Attribution("according to South Korea's National Intelligence Service",
            t.Find("according to South Korea's National Intelligence Service"), nis);
        var byStaff = new Attribution("the Ukrainian General Staff said", t.Find("the Ukrainian General Staff said"), generalStaff);
        var byPentagon = new Attribution("The Pentagon said", t.Find("The Pentagon said"), pentagon);
        var byOfficials = new Attribution("officials estimated", t.Find("officials estimated"), null);

        CodedEvent[] events =
        [
            new()
            {
                Id = $"{id}:2:mobilize",
                At = At(2, "North Korean soldiers have been deployed to Russia"),
                Text = "North Korean soldiers have been deployed to Russia",
                Type = EventType.Mobilize,
                Mode = "troops",
                Context = "military",
                Cameo = "154",
                Date = new PartialDate(2024, 11, 10),
                Actors = [soldiers],
                Recipients = [russia],
                Attribution = byNis,
                Trigger = "have been deployed",
                Pattern = "ACTOR +deploy to RECIPIENT",
            },
            new()
            {
                Id = $"{id}:3:assault",
                At = At(3, "Russian and North Korean units attacked Ukrainian positions"),
                Text = "Russian and North Korean units attacked Ukrainian positions",
                Type = EventType.Assault,
                Mode = "heavy weapons",
                Cameo = "194",
                Date = new PartialDate(2024, 11, 9),
                Actors = [russian, units],
                Recipients = [positions],
                Attribution = byStaff,
                Trigger = "attacked",
                Pattern = "ACTOR attack RECIPIENT",
            },
            new()
            {
                Id = $"{id}:4:assault",
                At = At(4, "Moscow denied using the foreign troops in combat"),
                Text = "Moscow denied using the foreign troops in combat",
                Type = EventType.Assault,
                Date = new PartialDate(2024, 11),
                Actors = [moscow],
                Negated = true,
                Trigger = "denied using",
            },
            new()
            {
                Id = $"{id}:6:aid",
                At = At(6, "The Pentagon said it might send up to $425 million in air defence equipment to Kyiv"),
                Text = "The Pentagon said it might send up to $425 million in air defence equipment to Kyiv",
                Type = EventType.Aid,
                Mode = "military",
                Cameo = "072",
                Date = new PartialDate(2025, 6),
                Actors = [pentagonMention],
                Recipients = [kyiv],
                Hedged = true,
                Attribution = byPentagon,
                Trigger = "might send",
                Pattern = "ACTOR send * to RECIPIENT",
            },
        ];

        Claim[] claims =
        [
            new()
            {
                Id = $"{id}:2:troops",
                At = At(2, "Some 10,000 North Korean soldiers"),
                Text = "Some 10,000 North Korean soldiers",
                Subject = "troops",
                Actor = prkMil,
                Value = 10_000,
                Qualifier = "some",
                Attribution = byNis,
                Date = new PartialDate(2024, 11, 10),
            },
            new()
            {
                Id = $"{id}:5:killed",
                At = At(5, "At least 60,000 people have been killed"),
                Text = "At least 60,000 people have been killed",
                Subject = "killed",
                Low = 60_000,
                Qualifier = "at least",
                Attribution = byOfficials,
                Date = new PartialDate(2024),
                Hedged = true,
            },
            new()
            {
                Id = $"{id}:6:dollars",
                At = At(6, "up to $425 million in air defence equipment"),
                Text = "up to $425 million in air defence equipment",
                Subject = "dollars",
                Actor = new ActorCode("USA"),
                High = 425_000_000,
                Unit = "USD",
                Qualifier = "up to",
                Attribution = byPentagon,
                Date = new PartialDate(2025, 6),
                Hedged = true,
            },
        ];

        var document = new Document
        {
            Id = id,
            Path = "samples/wire/kursk-2024-11-10.html",
            Text = KurskText,
            Title = "North Korean troops join Russian assault in Kursk, Seoul says",
            Outlet = "Sitrep Wire",
            Author = "Min-ji Park",
            Url = "https://wire.example.org/world/kursk-north-korea",
            Published = new DateTimeOffset(2024, 11, 10, 9, 30, 15, 250, TimeSpan.FromHours(9)),
            Format = DocumentFormat.Html,
            Captions = [t.Line("Soldiers stand at a checkpoint")],
        };
        ActorMention[] mentions =
            [headlineTroops, headlineRussian, seoul, soldiers, russia, nisMention, russian, units, positions, staff, moscow, pentagonMention, it, kyiv];
        return new DocumentAnalysis(document, sentences, mentions, events, claims);
    }

    /// <summary>A bare report piped on stdin: no metadata, no dates, an event without a known attacker.</summary>
    public static DocumentAnalysis Kharkiv(string id = "d-kharkiv-stdin")
    {
        var t = new TextLocator(KharkivText);
        Sentence[] sentences =
        [
            new(0, t.Find("Shelling hit Kharkiv overnight, killing 3 civilians."), SentenceKind.Body),
            new(1, t.Find("Residents said the strikes continued for hours."), SentenceKind.Body),
        ];
        var kharkiv = new ActorMention
        {
            At = new Provenance(id, 0, t.Find("Kharkiv")),
            Text = "Kharkiv",
            Actor = new ActorCode("UKR"),
            Kind = MentionKind.Seat,
        };
        var residents = new ActorMention
        {
            At = new Provenance(id, 1, t.Find("Residents")),
            Text = "Residents",
            Actor = new ActorCode("UKR", "CVL"),
            Kind = MentionKind.Sector,
        };
        return new DocumentAnalysis(
            new Document { Id = id, Path = "-", Text = KharkivText, Format = DocumentFormat.Stdin },
            sentences,
            [kharkiv, residents],
            [
                new CodedEvent
                {
                    Id = $"{id}:0:assault",
                    At = new Provenance(id, 0, t.Find("Shelling hit Kharkiv")),
                    Text = "Shelling hit Kharkiv",
                    Type = EventType.Assault,
                    Date = null,
                    Recipients = [kharkiv],
                },
            ],
            [
                new Claim
                {
                    Id = $"{id}:0:killed",
                    At = new Provenance(id, 0, t.Find("killing 3 civilians")),
                    Text = "killing 3 civilians",
                    Subject = "killed",
                    Actor = new ActorCode("UKR", "CVL"),
                    Value = 3,
                    Date = null,
                },
            ]);
    }
}
