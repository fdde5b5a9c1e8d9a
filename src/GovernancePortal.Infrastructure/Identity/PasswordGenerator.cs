using System.Security.Cryptography;

namespace GovernancePortal.Infrastructure.Identity;

public static class PasswordGenerator
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Four groups of five characters from an unambiguous alphabet: easy to type, about 98 bits of entropy.</summary>
    public static string Generate()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 20);
        return string.Join('-', Enumerable.Range(0, 4).Select(i => new string(chars, i * 5, 5)));
    }
}
