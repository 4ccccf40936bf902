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

    // The nouns that make a run of capitalised words an organisation's name (see UnlistedOrganization).
    Party, Front, Movement, Union, Congress, League, Association, Forum, Committee, Commission, Council, Federation,
    Foundation, Society, Institute, Office, Organization, Organisation, Agency, Syndicate, Confederation,
}
