using Sitrep.Domain;
using static Sitrep.Reconcile.Tests.Fixtures.Reports;

namespace Sitrep.Reconcile.Tests;

/// <summary>Reports of one event from several documents become one event, and events one outlet alone reports stand out.</summary>
public class EventMergeTests
{
    private static readonly Dictionary<string, SourceInfo> Outlets = Sources(
        ("ad-1", "Asia Desk Daily", "2024-10-18"), ("mp-1", "The Meridian Post", "2024-10-19"), ("bw-1", "Baltic Wire", "2024-10-21"),
        ("mp-2", "the meridian post", "2024-10-20"), ("pd-2", "Pacific Dispatch", "2024-11-02"), ("kl-3", null, "2024-11-30"),
        ("bw-2", "Baltic Wire", "2024-06-20"));

    private static readonly string[] NorthKorea = ["PRK/MIL"];
    private static readonly string[] Russia = ["RUS"];

    [Fact]
    public void The_deployment_reported_by_three_outlets_is_one_event_corroborated_three_times()
    {
        var events = new[]
        {
            Event("ad", "ad-1", "North Korea has started sending soldiers to Russia", EventType.Mobilize, "2024-10-18", NorthKorea, Russia),
            Event("mp", "mp-1", "North Korea has begun shipping soldiers to Russia", EventType.Mobilize, "2024-10-18", ["PRK"], Russia),
            Event("mp2", "mp-2", "Pyongyang sent troops to Russia", EventType.Mobilize, "2024-10-20", ["PRK"], ["RUS/MIL"]),
            Event("bw", "bw-1", "North Korea has decided to send roughly 12,000 soldiers to Russia", EventType.Mobilize, "2024-10-21", ["PRK"], Russia),
        };

        var merged = Assert.Single(EventReconciler.Merge(events, Outlets));

        Assert.Equal("m:ad", merged.Id);
        Assert.Equal((EventType.Mobilize, new PartialDate(2024, 10, 18)), (merged.Type, merged.Date));
        Assert.Equal(["PRK"], merged.Actors);
        Assert.Equal(["RUS"], merged.Recipients);
        Assert.Equal(["ad", "mp", "mp2", "bw"], merged.EventIds);
        // Two Meridian Post stories (differently cased) are one outlet.
        Assert.Equal(["Asia Desk Daily", "Baltic Wire", "The Meridian Post"], merged.Outlets);
        Assert.Equal(3, merged.Corroboration);
        Assert.False(merged.SingleOutlet);
    }

    [Fact]
    public void Reports_more_than_three_days_apart_are_two_events()
    {
        var events = new[]
        {
            Event("first", "ad-1", "Russian drones struck Kharkiv", EventType.Assault, "2024-10-18", Russia, ["UKR"]),
            Event("again", "pd-2", "Russian drones struck Kharkiv again", EventType.Assault, "2024-10-22", Russia, ["UKR"]),
        };

        var merged = EventReconciler.Merge(events, Outlets);

        Assert.Equal(["m:first", "m:again"], merged.Select(m => m.Id));
        Assert.All(merged, m => Assert.True(m.SingleOutlet));
        Assert.Single(EventReconciler.Merge(events, Outlets, windowDays: 4));
    }

    [Fact]
    public void A_single_outlets_report_is_flagged_and_a_denial_is_no_report()
    {
        var events = new[]
        {
            Event("signed", "pd-2", "Putin and Kim signed their mutual defence pact in Moscow", EventType.Agree, "2024-06", ["RUS", "PRK"], []),
            Event("denied", "bw-1", "China has not sent troops to Russia", EventType.Mobilize, "2024-10-21", ["CHN"], Russia, negated: true),
        };

        var merged = Assert.Single(EventReconciler.Merge(events, Outlets));

        Assert.Equal(["signed"], merged.EventIds);
        Assert.True(merged.SingleOutlet);
        Assert.Equal(["Pacific Dispatch"], merged.Outlets);
    }

    [Fact]
    public void A_report_dated_only_to_the_month_joins_the_one_event_of_that_month_and_takes_its_day()
    {
        var events = new[]
        {
            Event("kl", "kl-3", "Putin and Kim signed in Pyongyang in June", EventType.Agree, "2024-06", ["PRK", "RUS"], []),
            Event("bw", "bw-2", "Russia and North Korea signed the treaty in Pyongyang on June 19", EventType.Agree, "2024-06-19", ["RUS", "PRK"], []),
        };

        var merged = Assert.Single(EventReconciler.Merge(events, Outlets));

        Assert.Equal(new PartialDate(2024, 6, 19), merged.Date);
        Assert.Equal(["kl", "bw"], merged.EventIds); // June sorts before June 19
        Assert.Equal(["Baltic Wire", "doc:kl-3"], merged.Outlets); // a document with no outlet is named by its id
    }

    [Fact]
    public void A_month_report_with_two_candidate_events_in_that_month_merges_with_neither()
    {
        var events = new[]
        {
            Event("early", "ad-1", "Russia struck Odesa", EventType.Assault, "2024-10-03", Russia, ["UKR"]),
            Event("late", "mp-1", "Russia struck Odesa", EventType.Assault, "2024-10-25", Russia, ["UKR"]),
            Event("month", "bw-1", "Russia struck Odesa in October", EventType.Assault, "2024-10", Russia, ["UKR"]),
        };

        Assert.Equal(["m:month", "m:early", "m:late"], EventReconciler.Merge(events, Outlets).Select(m => m.Id));
    }

    [Fact]
    public void Different_recipients_are_different_events_and_hedging_needs_every_mention()
    {
        var events = new[]
        {
            Event("to-rus", "ad-1", "North Korea sent shells to Russia", EventType.Aid, "2024-10-18", ["PRK"], Russia),
            Event("to-rus-maybe", "mp-1", "North Korea may have sent shells to Russia", EventType.Aid, "2024-10-19", ["PRK"], Russia) with { Hedged = true },
            Event("to-syr-maybe", "bw-1", "North Korea reportedly sent shells to Syria", EventType.Aid, "2024-10-19", ["PRK"], ["SYR"]) with { Hedged = true },
        };

        var merged = EventReconciler.Merge(events, Outlets);

        var russia = Assert.Single(merged, m => m.Recipients.SequenceEqual(Russia));
        Assert.False(russia.Hedged);
        Assert.Equal(2, russia.Corroboration);
        Assert.True(Assert.Single(merged, m => m.Recipients.SequenceEqual(["SYR"])).Hedged);
    }

    [Fact]
    public void Undated_events_stand_alone_last_and_input_order_does_not_matter()
    {
        var sources = Sources(("tg-1", "Telegram channel", null), ("tg-2", "Another channel", null), ("ad-1", "Asia Desk Daily", "2024-10-18"));
        var events = new[]
        {
            Event("u1", "tg-1", "Russia struck Sumy", EventType.Assault, null, Russia, ["UKR"]),
            Event("u2", "tg-2", "Russia struck Sumy", EventType.Assault, null, Russia, ["UKR"]),
            Event("d1", "ad-1", "Russia struck Sumy", EventType.Assault, null, Russia, ["UKR"]),
        };

        var merged = EventReconciler.Merge(events, sources);
        var reversed = EventReconciler.Merge([.. events.Reverse()], sources);

        Assert.Equal(["m:d1", "m:u1", "m:u2"], merged.Select(m => m.Id));
        Assert.Null(merged[1].Date);
        Assert.Equal(merged.Select(m => m.Id), reversed.Select(m => m.Id));
    }
}
