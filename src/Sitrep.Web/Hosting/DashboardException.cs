namespace Sitrep.Web;

/// <summary>The dashboard cannot start as configured; the message says why in one line, for the user.</summary>
public sealed class DashboardException(string message, Exception? inner = null) : Exception(message, inner);
