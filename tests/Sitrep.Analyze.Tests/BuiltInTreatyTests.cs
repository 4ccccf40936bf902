using Sitrep.Analyze;

namespace Sitrep.Analyze.Tests;

public class BuiltInTreatyTests
{
    private static readonly TreatyBook Book = Scenarios.Book;

    [Fact]
    public void Reference_data_loads_without_errors_and_every_entry_is_sourced()
    {
        Assert.Empty(Book.Errors);
        Assert.True(Book.Treaties.Count >= 15);
        foreach (var t in Book.Treaties)
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Source), t.Id);
            Assert.False(string.IsNullOrWhiteSpace(t.Article), t.Id);
            Assert.True(t.InForce >= t.Signed, t.Id);
            Assert.StartsWith("Treaties/", t.DefinedAt, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nato_has_32_members_with_their_accession_dates()
    {
        var nato = Book.Find("nato-art5")!;
        Assert.Equal(Obligation.Defence, nato.Obligation);
        Assert.Equal("Article 5", nato.Article);
        Assert.Equal(32, nato.Parties.Count);
        Assert.Equal(new DateOnly(1949, 8, 24), nato.PartyOf("USA")!.Joined);
        Assert.Equal(new DateOnly(1952, 2, 18), nato.PartyOf("TUR")!.Joined);
        Assert.Equal(new DateOnly(1955, 5, 6), nato.PartyOf("DEU")!.Joined);
        Assert.Equal(new DateOnly(2004, 3, 29), nato.PartyOf("EST")!.Joined);
        Assert.Equal(new DateOnly(2020, 3, 27), nato.PartyOf("MKD")!.Joined);
        Assert.Equal(new DateOnly(2023, 4, 4), nato.PartyOf("FIN")!.Joined);
        Assert.Equal(new DateOnly(2024, 3, 7), nato.PartyOf("SWE")!.Joined);
        Assert.Null(nato.PartyOf("UKR"));
        // Article 4 reuses the membership rather than repeating 32 lines.
        Assert.Equal(nato.Parties, Book.Find("nato-art4")!.Parties);
        Assert.Equal(Obligation.Consultation, Book.Find("nato-art4")!.Obligation);
    }

    [Fact]
    public void Membership_follows_joined_and_left_dates()
    {
        Assert.Equal(30, Scenarios.MembersOn("nato-art5", new DateOnly(2022, 6, 1)).Count);
        Assert.Equal(31, Scenarios.MembersOn("nato-art5", new DateOnly(2023, 4, 4)).Count);
        Assert.Equal(32, Scenarios.MembersOn("nato-art5", new DateOnly(2024, 3, 7)).Count);
        // The UK was bound by TEU 42(7) until Brexit, and Mexico by the Rio Treaty until its denunciation took effect.
        Assert.Contains("GBR", Scenarios.MembersOn("eu-42-7", new DateOnly(2019, 10, 31)));
        Assert.DoesNotContain("GBR", Scenarios.MembersOn("eu-42-7", new DateOnly(2020, 2, 1)));
        Assert.Equal(27, Scenarios.MembersOn("eu-42-7", Scenarios.Today).Count);
        Assert.Contains("MEX", Scenarios.MembersOn("rio-1947", new DateOnly(2003, 1, 1)));
        Assert.DoesNotContain("MEX", Scenarios.MembersOn("rio-1947", Scenarios.Today));
        Assert.DoesNotContain("VEN", Scenarios.MembersOn("rio-1947", Scenarios.Today));
    }

    [Fact]
    public void In_force_respects_entry_into_force_not_signature()
    {
        // The Russia–DPRK treaty was signed in June 2024 but bound nobody until the December exchange of ratifications.
        Assert.DoesNotContain(Book.InForce(new DateOnly(2024, 7, 1)), t => t.Id == "russia-dprk-2024");
        Assert.Contains(Book.InForce(new DateOnly(2024, 12, 4)), t => t.Id == "russia-dprk-2024");
        Assert.DoesNotContain(Book.InForce(new DateOnly(2025, 3, 12)), t => t.Id == "russia-belarus-2024");
        Assert.Contains(Book.InForce(new DateOnly(2025, 3, 13)), t => t.Id == "russia-belarus-2024");
    }

    [Fact]
    public void Allies_of_japan_include_the_us_but_not_the_other_way_round()
    {
        // US–Japan Article 5 covers only territory under Japanese administration.
        Assert.Contains(Book.AlliesOf("JPN", Scenarios.Today), l => l.Partner == "USA" && l.Treaty.Id == "us-japan-1960");
        Assert.DoesNotContain(Book.AlliesOf("USA", Scenarios.Today), l => l.Partner == "JPN");
    }

    [Fact]
    public void Anzus_links_skip_the_suspended_us_new_zealand_pair_after_1986()
    {
        var nz = Book.AlliesOf("NZL", Scenarios.Today);
        Assert.Contains(nz, l => l.Partner == "AUS" && l.Treaty.Id == "anzus-1951");
        Assert.DoesNotContain(nz, l => l.Partner == "USA");
        Assert.Contains(Book.AlliesOf("NZL", new DateOnly(1985, 1, 1)), l => l.Partner == "USA" && l.Treaty.Id == "anzus-1951");
    }

    [Fact]
    public void Since_is_the_day_both_states_were_first_bound_to_each_other()
    {
        var fin = Book.AlliesOf("EST", Scenarios.Today).Single(l => l.Partner == "FIN" && l.Treaty.Id == "nato-art5");
        Assert.Equal(new DateOnly(2023, 4, 4), fin.Since);
        var eu = Book.AlliesOf("EST", Scenarios.Today).Single(l => l.Partner == "FRA" && l.Treaty.Id == "eu-42-7");
        Assert.Equal(new DateOnly(2009, 12, 1), eu.Since); // Lisbon's entry into force, not Estonia's EU accession
    }
}
