namespace Sitrep.Store;

/// <summary>Row counts of the main tables, for status output and tests.</summary>
public sealed record StoreCounts(int Documents, int Sentences, int Mentions, int Events, int Claims, int Groups);
