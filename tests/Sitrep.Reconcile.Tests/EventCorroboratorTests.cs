using Sitrep.Domain;
using static Sitrep.Reconcile.Tests.Fixtures.Reports;

namespace Sitrep.Reconcile.Tests;

public class EventCorroboratorTests
{
    private static readonly Dictionary<string, SourceInfo> Outlets = Sources(
        ("reu-1", "Reuters", "2024-11-10"), ("ap-1", "AP", "2024-11-12"), ("bbc-1", "BBC", "2024-11-25"),
        ("reu-2", "Reuters", "2024-11-11"), ("kyiv-1", "Kyiv Independent", "2024-11-28"));

    private static readonly string[] Russia = ["RUS/MIL"];
    private static readonly string[] Ukraine = ["UKR"];

    private static Corroboration For(IReadOnlyList<Corroboration> all, string eventId) =>
        Assert.Single(all, c => c.EventId == eventId);

    [Fact]
    public void A_strike_reported_by_two_outlets_within_a_week_is_corroborated_and_one_two_weeks_later_is_not()
    {
        var events = new[]
        {
            Event("e1", "reu-1", "Russian forces struck Odesa's port", EventType.Assault, "2024-11-10", Russia, Ukraine),
            Event("e2", "ap-1", "Russia launched missiles at Odesa", EventType.Assault, "2024-11-12", ["RUS"], Ukraine),
            Event("e3", "bbc-1", "Russian troops shelled Kharkiv", EventType.Assault, "2024-11-25", Russia, Ukraine),
        };

        var result = EventCorroborator.Corroborate(events, Outlets);

        Assert.Equal(["e2"], For(result, "e1").EventIds);
        Assert.Equal((1, 1), (For(result, "e1").Documents, For(result, "e1").Outlets));
        Assert.Equal(["e1"], For(result, "e2").EventIds);
        Assert.Equal((0, 0), (For(result, "e3").Documents, For(result, "e3").Outlets));
        Assert.Empty(For(result, "e3").EventIds);
    }

    [Fact]
    public void The_window_is_a_parameter()
    {
        var events = new[]
        {
            Event("e1", "reu-1", "Russian forces struck Odesa's port", EventType.Assault, "2024-11-10", Russia, Ukraine),
            Event("e3", "bbc-1", "Russian troops shelled Kharkiv", EventType.Assault, "2024-11-25", Russia, Ukraine),
        };

        Assert.Equal(1, For(EventCorroborator.Corroborate(events, Outlets, windowDays: 15), "e1").Documents);
        Assert.Equal(0, For(EventCorroborator.Corroborate(events, Outlets, windowDays: 14), "e1").Documents);
    }

    [Fact]
    public void A_second_story_from_the_same_outlet_counts_as_a_document_but_not_an_outlet()
    {
        var events = new[]
        {
            Event("e1", "reu-1", "Russian forces struck Odesa's port", EventType.Assault, "2024-11-10", Russia, Ukraine),
            Event("e2", "reu-2", "Russia hit Odesa with missiles overnight", EventType.Assault, "2024-11-11", Russia, Ukraine),
            Event("e3", "ap-1", "Russian missiles struck Odesa", EventType.Assault, "2024-11-12", Russia, Ukraine),
        };

        var e1 = For(EventCorroborator.Corroborate(events, Outlets), "e1");

        Assert.Equal(2, e1.Documents);
        Assert.Equal(1, e1.Outlets);
        Assert.Equal(["e2", "e3"], e1.EventIds);
    }

    [Fact]
    public void Events_of_the_same_document_do_not_corroborate_each_other()
    {
        var events = new[]
        {
            Event("e1", "reu-1", "Russian forces struck Odesa's port", EventType.Assault, "2024-11-10", Russia, Ukraine),
            Event("e2", "reu-1", "The attack on Odesa by Russia killed four", EventType.Assault, "2024-11-10", Russia, Ukraine),
        };

        Assert.All(EventCorroborator.Corroborate(events, Outlets), c => Assert.Equal(0, c.Documents));
    }

    [Fact]
    public void Another_type_a_denial_or_other_parties_do_not_corroborate()
    {
        var events = new[]
        {
            Event("e1", "reu-1", "Russian forces struck Odesa's port", EventType.Assault, "2024-11-10", Russia, Ukraine),
            Event("e2", "ap-1", "Russia threatened to strike Odesa", EventType.Threaten, "2024-11-11", Russia, Ukraine),
            Event("e3", "bbc-1", "Moscow denied striking Odesa", EventType.Assault, "2024-11-11", ["RUS/GOV"], Ukraine, negated: true),
            Event("e4", "kyiv-1", "Ukraine struck a Russian airbase", EventType.Assault, "2024-11-12", ["UKR/MIL"], ["RUS"]),
            Event("e5", "reu-2", "Russian drones hit a Georgian ship", EventType.Assault, "2024-11-11", Russia, ["GEO"]),
        };

        var e1 = For(EventCorroborator.Corroborate(events, Outlets), "e1");

        Assert.Equal(0, e1.Documents);
        Assert.Empty(e1.EventIds);
    }

    [Fact]
    public void Actor_sets_match_on_any_shared_code_and_empty_sides_only_match_empty_sides()
    {
        var events = new[]
        {
            Event("e1", "reu-1", "Russian and Belarusian troops held drills", EventType.Mobilize, "2024-11-10", ["RUS/MIL", "BLR/MIL"], []),
            Event("e2", "ap-1", "Belarus mobilised reservists", EventType.Mobilize, "2024-11-12", ["BLR/GOV"], []),
            Event("e3", "bbc-1", "Belarus massed troops on the Ukrainian border", EventType.Mobilize, "2024-11-14", ["BLR"], Ukraine),
        };

        var result = EventCorroborator.Corroborate(events, Sources(
            ("reu-1", "Reuters", null), ("ap-1", "AP", null), ("bbc-1", "BBC", null)));

        Assert.Equal(["e2"], For(result, "e1").EventIds);
        Assert.Equal(["e1"], For(result, "e2").EventIds);
        Assert.Empty(For(result, "e3").EventIds);
    }

    [Fact]
    public void A_month_precision_date_matches_any_day_of_that_month_it_could_be()
    {
        var events = new[]
        {
            Event("e1", "kyiv-1", "In November Russia struck Ukraine's grid", EventType.Assault, "2024-11", Russia, Ukraine),
            Event("e2", "bbc-1", "Russian missiles hit power plants", EventType.Assault, "2024-12-05", Russia, Ukraine),
            Event("e3", "ap-1", "Russia struck power plants again", EventType.Assault, "2024-12-09", Russia, Ukraine),
        };

        var result = EventCorroborator.Corroborate(events, Outlets);

        Assert.Equal(["e2"], For(result, "e1").EventIds);
        Assert.Equal(["e1", "e3"], For(result, "e2").EventIds);
    }

    [Fact]
    public void An_undated_event_takes_its_publication_day_or_else_stands_alone()
    {
        var sources = Sources(("reu-1", "Reuters", "2024-11-10"), ("ap-1", "AP", "2024-11-12"), ("tg-1", "Telegram", null));
        var events = new[]
        {
            Event("e1", "reu-1", "Russian forces struck Odesa's port", EventType.Assault, "2024-11-10", Russia, Ukraine),
            Event("e2", "ap-1", "Russia struck Odesa again", EventType.Assault, date: null, Russia, Ukraine),
            Event("e3", "tg-1", "Russia struck Odesa", EventType.Assault, date: null, Russia, Ukraine),
        };

        var result = EventCorroborator.Corroborate(events, sources);

        Assert.Equal(["e2"], For(result, "e1").EventIds);
        Assert.Equal(["e1"], For(result, "e2").EventIds);
        Assert.Equal((0, 0), (For(result, "e3").Documents, For(result, "e3").Outlets));
        Assert.Empty(For(result, "e3").EventIds);
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public void A_negative_window_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EventCorroborator.Corroborate([], Outlets, windowDays: -1));
}
