using Sitrep.Domain;

namespace Sitrep.Analyze;

/// <summary>
/// "What if ACTOR did EVENT to TARGET on this day?": which states' treaties oblige them to do what.
/// <para>
/// The chain model, with the ATOP distinctions:
/// <list type="number">
/// <item>Defence clauses are triggered when a party is attacked, never when it attacks. Step 1: every defence
/// partner of TARGET is obliged "via TARGET". The attacker's own defence partners are listed as exempt.</item>
/// <item>A state obliged at step n joins the war against the attacker. The model assumes the attacker strikes it
/// in return, which is an armed attack on it: its defence partners are obliged at step n+1 "via" it.</item>
/// <item>Strikes on the attacker by its victims and their allies are self-defence (UN Charter Article 51), not an
/// armed attack that triggers the attacker's pacts; so the attacker's allies never become obliged through it.
/// This is why "PRK ASSAULT UKR" obliges nobody under the Russia–DPRK treaty.</item>
/// <item>Offence pacts oblige the attacker's offence partners to join its attack (step 1, via the attacker).</item>
/// <item>Consultation clauses oblige partners of an attacked or threatened state to consult, not to fight;
/// neutrality and non-aggression clauses bind partners of an attacked state not to join the attacker. When the
/// attacker is itself bound to TARGET by a defence, neutrality or non-aggression promise, it breaks it.</item>
/// </list>
/// A state enters the chain once, at the first step it is obliged, listed under each treaty that obliges it
/// then. Threats (THREATEN, MOBILIZE, most COERCE) engage only consultation clauses and the non-aggression
/// promises that also forbid threats of force; other events engage nothing.
/// </para>
/// </summary>
public static class WhatIf
{
    public static WhatIfResult Run(TreatyBook book, string attacker, EventType type, string target, DateOnly asOf, WhatIfOptions? options = null) =>
        Run(book, new WhatIfTrigger(attacker, type, target), asOf, options);

    public static WhatIfResult Run(TreatyBook book, ActorCode attacker, EventType type, string target, DateOnly asOf, WhatIfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(attacker);
        return Run(book, new WhatIfTrigger(attacker.Code, type, target), asOf, options);
    }

    public static WhatIfResult Run(TreatyBook book, WhatIfTrigger trigger, DateOnly asOf, WhatIfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(trigger);
        options ??= new WhatIfOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSteps, 1, nameof(options));

        var reported = ReportedPactUses.Judge(book, options.Reported, asOf);
        var added = reported.Where(u => u.Added).Select(u => ReportedPactUses.AsTreaty(u.Pact)).ToList();
        var chainBook = added.Count == 0 ? book : book.With(added);

        var chain = new EscalationChain(chainBook, trigger, asOf);
        switch (trigger.Hostility)
        {
            case Hostility.ArmedAttack: chain.FollowAttack(options.MaxSteps); break;
            case Hostility.Threat: chain.FollowThreat(); break;
        }
        return chain.Result() with { Reported = reported };
    }
}
