using System.Text.Json;
using Sitrep.Domain;

namespace Sitrep.Web.Tests;

/// <summary>The JSON API over the analysed samples: paging, filters, links back to the text, errors.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class ApiTests(SampleDashboard d)
{
    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetString()!)];

    [Fact]
    public async Task Events_are_paged_with_the_total_of_all_stored_events()
    {
        var first = await d.Json("/api/events?pageSize=20");
        var second = await d.Json("/api/events?pageSize=20&page=2");

        Assert.Equal(d.Report.Events.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(40, ids.Distinct().Count());
    }

    [Fact]
    public async Task Every_event_links_to_its_span_in_its_document()
    {
        var page = await d.Json("/api/events?pageSize=500");

        foreach (var e in page.GetProperty("items").EnumerateArray())
        {
            var id = e.GetProperty("id").GetString()!;
            var doc = e.GetProperty("documentId").GetString()!;
            Assert.Equal($"/documents/{doc}#ev-{Uri.EscapeDataString(id)}", e.GetProperty("link").GetString());
            var stored = d.Report.Events.Single(x => x.Id == id);
            var text = d.Report.Documents.Single(x => x.Id == doc).Text;
            var trigger = e.GetProperty("trigger");
            var (start, end) = (trigger.GetProperty("start").GetInt32(), trigger.GetProperty("end").GetInt32());
            Assert.InRange(start, stored.At.Span.Start, stored.At.Span.End);
            Assert.InRange(end, start, stored.At.Span.End);
            Assert.Equal(stored.Type.Name(), e.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Filters_select_what_they_name()
    {
        var prk = await d.Json("/api/events?actor=PRK&pageSize=500");
        var assaults = await d.Json("/api/events?type=assault&recipient=UKR&pageSize=500");
        var hedged = await d.Json("/api/events?hedged=only&pageSize=500");
        var november = await d.Json("/api/events?from=2024-11-01&to=2024-11-30&pageSize=500");

        Assert.Equal(d.Report.Events.Count(e => e.Actors.Any(a => a.Actor.Code == "PRK")), prk.GetProperty("total").GetInt32());
        Assert.True(prk.GetProperty("total").GetInt32() > 5);
        Assert.All(prk.GetProperty("items").EnumerateArray(), e => Assert.Contains(Strings(e.GetProperty("actors")), a => a.StartsWith("PRK", StringComparison.Ordinal)));
        Assert.All(assaults.GetProperty("items").EnumerateArray(), e =>
        {
            Assert.Equal("ASSAULT", e.GetProperty("type").GetString());
            Assert.Contains(Strings(e.GetProperty("recipients")), r => r.StartsWith("UKR", StringComparison.Ordinal));
        });
        Assert.Equal(d.Report.Events.Count(e => e.Hedged), hedged.GetProperty("total").GetInt32());
        Assert.All(november.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("2024-11", e.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task Outlet_and_document_filters_narrow_to_one_source()
    {
        var outlet = d.Report.Documents.First(x => x.Outlet is not null).Outlet!;
        var byOutlet = await d.Json($"/api/events?outlet={Uri.EscapeDataString(outlet)}&pageSize=500");
        var hostile = await d.Json($"/api/events?document={d.HostileId}");

        var docs = d.Report.Documents.Where(x => x.Outlet == outlet).Select(x => x.Id).ToHashSet();
        Assert.Equal(d.Report.Events.Count(e => docs.Contains(e.At.DocumentId)), byOutlet.GetProperty("total").GetInt32());
        Assert.All(hostile.GetProperty("items").EnumerateArray(), e => Assert.Equal(d.HostileId, e.GetProperty("documentId").GetString()));
        Assert.True(hostile.GetProperty("total").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("/api/events?page=-1", "page")]
    [InlineData("/api/events?page=0", "page")]
    [InlineData("/api/events?pageSize=501", "pageSize")]
    [InlineData("/api/events?pageSize=ten", "pageSize")]
    [InlineData("/api/events?from=notadate", "from")]
    [InlineData("/api/events?to=2024-13-01", "to")]
    [InlineData("/api/events?type=NOTATYPE", "type")]
    [InlineData("/api/events?type=3", "type")]
    [InlineData("/api/events?actor=North%20Korea", "actor")]
    [InlineData("/api/events?hedged=maybe", "hedged")]
    [InlineData("/api/claims?type=ASSAULT", "claims")]
    [InlineData("/api/reconciled?status=disputed", "status")]
    [InlineData("/api/escalation?actor=12", "actor")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%22unclosed", "syntax")]
    [InlineData("/api/search?q=AND", "syntax")]
    public async Task Bad_parameters_are_400_with_a_json_error_naming_the_problem(string url, string mentioned)
    {
        var error = await d.Json(url, 400);

        Assert.Contains(mentioned, error.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_documents_and_endpoints_are_404()
    {
        var document = await d.Json("/api/documents/no-such-id", 404);
        var endpoint = await d.Json("/api/nothing-here", 404);

        Assert.Contains("no-such-id", document.GetProperty("error").GetString());
        Assert.Contains("/api/nothing-here", endpoint.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_document_comes_with_its_text_and_every_span_inside_it()
    {
        var stored = d.Report.Documents.First(x => d.Report.Events.Count(e => e.At.DocumentId == x.Id) >= 3);
        var doc = await d.Json($"/api/documents/{stored.Id}");
        var text = doc.GetProperty("text").GetString()!;

        Assert.Equal(stored.Text, text);
        Assert.Equal(d.Report.Events.Count(e => e.At.DocumentId == stored.Id), doc.GetProperty("events").GetArrayLength());
        foreach (var s in doc.GetProperty("sentences").EnumerateArray())
            Assert.InRange(s.GetProperty("end").GetInt32(), s.GetProperty("start").GetInt32(), text.Length);
        foreach (var m in doc.GetProperty("mentions").EnumerateArray())
            Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        foreach (var e in doc.GetProperty("events").EnumerateArray())
        {
            var span = e.GetProperty("span");
            Assert.InRange(span.GetProperty("end").GetInt32(), span.GetProperty("start").GetInt32(), text.Length);
            Assert.InRange(e.GetProperty("score").GetDouble(), -10, 10);
        }
    }

    [Fact]
    public async Task Documents_list_pages_and_filters_by_outlet_and_title()
    {
        var all = await d.Json("/api/documents?pageSize=5");
        var hostile = await d.Json($"/api/documents?outlet={Uri.EscapeDataString(SampleDashboard.HostileOutlet)}");
        var byTitle = await d.Json("/api/documents?q=sends%20troops");

        Assert.Equal(d.Report.Documents.Count, all.GetProperty("total").GetInt32());
        Assert.Equal(5, all.GetProperty("items").GetArrayLength());
        Assert.Equal(d.HostileId, Assert.Single(hostile.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains(byTitle.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetString() == d.HostileId);
    }

    [Fact]
    public async Task Claims_carry_figures_and_links_and_filter_by_whose_they_are()
    {
        var all = await d.Json("/api/claims?pageSize=500");
        var korean = await d.Json("/api/claims?actor=PRK&pageSize=500");

        Assert.Equal(d.Report.Claims.Count, all.GetProperty("total").GetInt32());
        Assert.Equal(d.Report.Claims.Count(c => c.Actor?.Code == "PRK"), korean.GetProperty("total").GetInt32());
        Assert.All(all.GetProperty("items").EnumerateArray(), c =>
        {
            Assert.StartsWith($"/documents/{c.GetProperty("documentId").GetString()}#cl-", c.GetProperty("link").GetString());
            Assert.False(string.IsNullOrEmpty(c.GetProperty("figure").GetString()));
        });
    }

    [Fact]
    public async Task Reconciled_groups_list_each_source_and_filter_by_status()
    {
        var all = await d.Json("/api/reconciled?pageSize=500");
        var conflicts = await d.Json("/api/reconciled?status=conflict&pageSize=500");
        var single = await d.Json("/api/reconciled?status=single-source&pageSize=500");

        Assert.Equal(d.Report.Reconciled.Count, all.GetProperty("total").GetInt32());
        Assert.Equal(d.Report.Reconciled.Count(g => g.Status == ReconcileStatus.Conflict), conflicts.GetProperty("total").GetInt32());
        Assert.Equal(d.Report.Reconciled.Count(g => g.Status == ReconcileStatus.SingleSource), single.GetProperty("total").GetInt32());
        Assert.All(conflicts.GetProperty("items").EnumerateArray(), g => Assert.Equal("conflict", g.GetProperty("status").GetString()));
        var member = all.GetProperty("items")[0].GetProperty("members")[0];
        foreach (var field in new[] { "outlet", "figure", "qualifier", "attribution", "status", "link" })
            Assert.True(member.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Escalation_shows_north_korea_climbing_for_russia_with_evidence_links()
    {
        var report = await d.Json("/api/escalation");
        var only = await d.Json("/api/escalation?actor=PRK");

        var ladder = report.GetProperty("ladders").EnumerateArray().Single(l =>
            l.GetProperty("supporter").GetString() == "PRK" && l.GetProperty("supported").GetString() == "RUS" && l.GetProperty("opponent").GetString() == "UKR");
        Assert.Equal("combat", ladder.GetProperty("rung").GetString());
        var evidence = ladder.GetProperty("history").EnumerateArray().SelectMany(h => h.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.StartsWith($"/documents/{e.GetProperty("documentId").GetString()}#ev-", e.GetProperty("link").GetString()));
        Assert.All(only.GetProperty("ladders").EnumerateArray(), l =>
            Assert.True(l.GetProperty("supporter").GetString() == "PRK" || l.GetProperty("supported").GetString() == "PRK"));
        Assert.NotEmpty(report.GetProperty("alerts").EnumerateArray());
    }

    [Fact]
    public async Task Network_edges_weigh_dyads_by_events_and_score_them()
    {
        var network = await d.Json("/api/network");

        var edges = network.GetProperty("edges").EnumerateArray().ToList();
        var nodes = network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var assault = edges.Single(e => e.GetProperty("source").GetString() == "UKR" && e.GetProperty("target").GetString() == "PRK");
        Assert.True(assault.GetProperty("score").GetDouble() < 0);
        Assert.True(assault.GetProperty("events").GetInt32() >= 2);
        Assert.Contains("PRK", nodes);
        Assert.All(edges, e => Assert.Contains(e.GetProperty("source").GetString(), nodes));
        Assert.Equal("/timeline?actor=UKR&recipient=PRK", assault.GetProperty("link").GetString());
    }

    [Fact]
    public async Task Timeline_counts_day_dated_events_and_scores_the_dyad_per_day()
    {
        var all = await d.Json("/api/timeline");
        var dyad = await d.Json("/api/timeline?actor=UKR&recipient=PRK");

        var dayDated = d.Report.Events.Count(e => e.Date is { Day: not null });
        Assert.Equal(dayDated, all.GetProperty("days").EnumerateArray().Sum(x => x.GetProperty("events").GetInt32()));
        Assert.Equal("UKR", dyad.GetProperty("actor").GetString());
        var scores = dyad.GetProperty("scores").EnumerateArray().ToList();
        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.InRange(s.GetProperty("score").GetDouble(), -10, 0));
    }

    [Fact]
    public async Task Search_returns_sentences_with_the_words_marked()
    {
        var hits = await d.Json("/api/search?q=kursk&pageSize=5");

        Assert.True(hits.GetProperty("total").GetInt32() >= 3);
        Assert.All(hits.GetProperty("items").EnumerateArray(), h =>
        {
            Assert.Contains(h.GetProperty("pieces").EnumerateArray(), p => p.GetProperty("match").GetBoolean()
                && p.GetProperty("text").GetString()!.Equals("Kursk", StringComparison.OrdinalIgnoreCase));
            Assert.Matches("^/documents/[^#]+#s-[0-9]+$", h.GetProperty("link").GetString());
        });
    }

    [Fact]
    public async Task Overview_sums_up_the_database()
    {
        var o = await d.Json("/api/overview");

        Assert.Equal(d.Report.Documents.Count, o.GetProperty("documents").GetInt32());
        Assert.Equal(d.Report.Events.Count, o.GetProperty("eventsByType").EnumerateArray().Sum(t => t.GetProperty("events").GetInt32()));
        Assert.NotEmpty(o.GetProperty("topDyads").EnumerateArray());
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", o.GetProperty("firstDate").GetString());
        // The samples were published in autumn 2024; their history asides (1950, 1961) only widen the event range.
        Assert.StartsWith("2024-", o.GetProperty("firstPublished").GetString());
        Assert.StartsWith("2024-", o.GetProperty("lastPublished").GetString());
        Assert.True(string.CompareOrdinal(o.GetProperty("firstDate").GetString(), o.GetProperty("firstPublished").GetString()) < 0);
    }
}
