using GovernancePortal.Domain.Papers;

namespace GovernancePortal.UnitTests.Domain;

public sealed class AcronymsTests
{
    [Theory]
    [InlineData("The AGS is published", "AGS")]
    [InlineData("Value for money (VfM) matters", "VfM")]
    [InlineData("Requests under FoIA", "FoIA")]
    [InlineData("the CMGs meet monthly", "CMG")]
    [InlineData("The PaRT board met", "PaRT")]
    public void Find_MixedOrUpperCaseAcronym_IsFound(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms.Find(text));

    [Theory]
    [InlineData("Mr McMullan chaired the panel")]
    [InlineData("A single Capital letter")]
    [InlineData("Action IA2-01 and item F10 are codes")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_NamesAndOrdinaryWords_AreNotAcronyms(string? text) => Assert.Empty(Acronyms.Find(text));

    [Fact]
    public void Undefined_CountsUsesMostUsedFirstAndSkipsTheGlossary()
    {
        var undefined = Acronyms.Undefined(["The MPS and MOPAC agreed the AGS.", "MOPAC signed; MOPAC published.", null], ["AGS"]);

        Assert.Equal([("MOPAC", 3), ("MPS", 1)], undefined);
    }

    [Fact]
    public void Undefined_RomanNumeralsAndEmphasisedWords_AreIgnored() =>
        Assert.Empty(Acronyms.Undefined(["Part III of the DRAFT, see Appendix IV", "THE UK"], []));

    [Fact]
    public void Undefined_GlossaryIsCaseSensitiveAndTrimmed() =>
        Assert.Equal([("VfM", 1)], Acronyms.Undefined(["VfM and HMICFRS"], [" HMICFRS ", "VFM"]));
}
