namespace Sitrep.Reconcile;

/// <summary>
/// What reconciliation needs to know about a document: which outlet published it and when.
/// Two documents of the same outlet are one source, not two: a wire story rerun is no corroboration.
/// </summary>
public sealed record SourceInfo(string DocumentId, string? Outlet, DateOnly? Published);
