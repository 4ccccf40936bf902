namespace Sitrep.Analyze;

/// <summary>
/// Follows treaty obligations outward from one hypothetical event, step by step (the model is described on
/// <see cref="WhatIf"/>). Mutable while it runs; <see cref="Result"/> hands out an immutable answer.
/// </summary>
internal sealed class EscalationChain(TreatyBook book, WhatIfTrigger trigger, DateOnly asOf)
{
    private readonly List<Commitment> _obliged = [];
    private readonly List<Commitment> _consult = [];
    private readonly List<Commitment> _restrained = [];
    private readonly List<Commitment> _exempt = [];
    private readonly List<Commitment> _breached = [];
    private readonly HashSet<string> _attackers = [trigger.Attacker];
    private readonly HashSet<string> _atWar = [trigger.Attacker, trigger.Target];
    private readonly Dictionary<string, int> _firstStep = new(StringComparer.Ordinal);

    public void FollowAttack(int maxSteps)
    {
        JoinOffence();
        RecordBreaches(Obligation.Defence, Obligation.Neutrality, Obligation.NonAggression);

        List<string> attacked = [trigger.Target];
        for (var step = 1; step <= maxSteps && attacked.Count > 0; step++)
        {
            var joined = new List<string>();
            foreach (var state in attacked)
                foreach (var link in book.AlliesOf(state, asOf))
                    Consider(link, state, step, joined);
            _atWar.UnionWith(joined);
            attacked = joined;
        }
        RecordExempt();
    }

    public void FollowThreat()
    {
        // Threatening force is itself what a non-aggression promise forbids; neutrality and defence wait for an attack.
        RecordBreaches(Obligation.NonAggression);
        foreach (var link in book.AlliesOf(trigger.Target, asOf))
            if (link.Treaty.Obligation == Obligation.Consultation && !_attackers.Contains(link.Partner))
                AddOnce(_consult, link, 1, trigger.Target);
    }

    public WhatIfResult Result()
    {
        // A state that ends up fighting need not also be told to consult or stay out at the same or a later step.
        bool Superseded(Commitment c) => _firstStep.TryGetValue(c.State, out var s) && s <= c.Step;
        return new WhatIfResult(trigger, asOf)
        {
            Obliged = Sorted(_obliged),
            Consult = Sorted(_consult.Where(c => !Superseded(c))),
            Restrained = Sorted(_restrained.Where(c => !Superseded(c))),
            Exempt = Sorted(_exempt),
            Breached = Sorted(_breached),
        };
    }

    private void Consider(TreatyLink link, string attacked, int step, List<string> joined)
    {
        var partner = link.Partner;
        if (_attackers.Contains(partner)) return; // its broken promises to the target are recorded as breaches
        switch (link.Treaty.Obligation)
        {
            case Obligation.Defence:
                if (_atWar.Contains(partner)) return;
                if (!joined.Contains(partner))
                {
                    joined.Add(partner);
                    _firstStep[partner] = step;
                }
                AddOnce(_obliged, link, step, attacked, TiesToAttacker(partner));
                break;
            case Obligation.Consultation:
                if (!_atWar.Contains(partner)) AddOnce(_consult, link, step, attacked);
                break;
            case Obligation.Neutrality or Obligation.NonAggression:
                if (!_atWar.Contains(partner)) AddOnce(_restrained, link, step, attacked);
                break;
            case Obligation.Offence:
                break; // an offence pact obliges a partner to join the partner's attacks, not to defend it
        }
    }

    /// <summary>Offence partners of the attacker join its attack at step 1; they are attackers from then on.</summary>
    private void JoinOffence()
    {
        foreach (var link in book.AlliesOf(trigger.Attacker, asOf))
        {
            if (link.Treaty.Obligation != Obligation.Offence || link.Partner == trigger.Target) continue;
            AddOnce(_obliged, link, 1, trigger.Attacker);
            _attackers.Add(link.Partner);
            _atWar.Add(link.Partner);
            _firstStep.TryAdd(link.Partner, 1);
        }
    }

    /// <summary>Promises an attacker made to the target that the act contradicts.</summary>
    private void RecordBreaches(params Obligation[] kinds)
    {
        foreach (var link in book.AlliesOf(trigger.Target, asOf))
            if (_attackers.Contains(link.Partner) && kinds.Contains(link.Treaty.Obligation))
                AddOnce(_breached, link, 1, trigger.Target);
    }

    /// <summary>Defence partners of the attackers that the chain never obliged: their ally attacked, it was not attacked.</summary>
    private void RecordExempt()
    {
        foreach (var attacker in _attackers)
            foreach (var link in book.AlliesOf(attacker, asOf))
                if (link.Treaty.Obligation == Obligation.Defence && !_atWar.Contains(link.Partner))
                    AddOnce(_exempt, link, 1, attacker);
    }

    /// <summary>A state obliged against the attacker while also a defence partner of it is caught between two promises.</summary>
    private string? TiesToAttacker(string state)
    {
        var ties = _attackers
            .SelectMany(a => book.AlliesOf(a, asOf).Where(l => l.Partner == state && l.Treaty.Obligation == Obligation.Defence)
                .Select(l => $"{a} ({l.Treaty.Id})"))
            .ToList();
        return ties.Count == 0 ? null : "Also a defence partner of the attacker " + string.Join(", ", ties) + ".";
    }

    private static void AddOnce(List<Commitment> list, TreatyLink link, int step, string via, string? extraCaveat = null)
    {
        if (list.Exists(c => c.State == link.Partner && c.Treaty.Id == link.Treaty.Id)) return;
        var caveat = (link.Caveat, extraCaveat) switch
        {
            (null, null) => null,
            (null, var x) => x,
            (var c, null) => c,
            var (c, x) => c + " " + x,
        };
        list.Add(new Commitment(link.Partner, link.Treaty, step, via, link.Since) { Caveat = caveat });
    }

    private IReadOnlyList<Commitment> Sorted(IEnumerable<Commitment> commitments)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < book.Treaties.Count; i++) rank.TryAdd(book.Treaties[i].Id, i);
        return [.. commitments.OrderBy(c => c.Step).ThenBy(c => rank.GetValueOrDefault(c.Treaty.Id)).ThenBy(c => c.State, StringComparer.Ordinal)];
    }
}
