namespace Sitrep.Coding;

/// <summary>
/// Words the coder's rules test by name ("the", "its", "they"). Every <see cref="Vocabulary"/> numbers them first, in
/// this order, so a rule compares a token's word number with a constant instead of comparing text. The word is the
/// member's name in lower case.
/// </summary>
internal enum FunctionWord
{
    The, A, An, He, She, It, They, Its, Their,
    This, These, Those, His, Her, Our, Every, Each, No, Any,
    More, Heavy, Fierce, Further, Renewed, Intense, Fresh, Recent, Very,
}
