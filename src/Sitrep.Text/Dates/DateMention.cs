using Sitrep.Domain;

namespace Sitrep.Text;

/// <summary>How a date relates to what the sentence reports: "on Nov. 5", "since February 2022", "until March", "early November".</summary>
public enum DateRole { On, Since, Until, Around }

/// <summary>
/// A date read from a sentence. <see cref="Span"/> covers the date words including modifiers
/// ("early November", "last week", "three days ago") but not the preposition, which <see cref="Role"/> records.
/// </summary>
/// <param name="Relative">True when the date was worked out from the publication date ("yesterday", "Nov 10" without a year).</param>
public readonly record struct DateMention(TextSpan Span, int FirstToken, int LastToken, PartialDate Date, DateRole Role, bool Relative);

/// <summary>A date found at some tokens, before its role is read from the word in front.</summary>
internal readonly record struct DateMatch(int First, int Last, PartialDate Date, bool Relative, bool Around);
