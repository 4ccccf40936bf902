using System.Runtime.InteropServices;

namespace Sitrep.Text;

/// <summary>
/// The public scanners take any token list; inside, the readers work on a span, so each token read is an array
/// access rather than an interface call.
/// </summary>
internal static class TokenLists
{
    /// <summary>A list's own backing store (no copy), an array as it is, anything else copied once.</summary>
    public static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };
}
