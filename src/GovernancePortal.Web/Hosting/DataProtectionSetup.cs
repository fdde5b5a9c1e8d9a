using System.Security.Cryptography.X509Certificates;
using GovernancePortal.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;

namespace GovernancePortal.Web.Hosting;

/// <summary>
/// Where the Data Protection key ring lives: the portal's database (the <c>DataProtectionKeys</c> table), shared by
/// every instance, so a cookie or antiforgery token issued by one instance is read by any other and no instance needs
/// a key folder of its own. <c>DataProtection:Certificate:Path</c> (a PFX file) and <c>:Password</c> encrypt the keys at
/// rest; <c>DataProtection:PreviousCertificates:0:Path</c> (and <c>:Password</c>) and so on still decrypt keys written
/// under certificates being retired (docs/configuration.md, deploy/README.md).
/// </summary>
public static class DataProtectionSetup
{
    public static void Configure(IDataProtectionBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.PersistKeysToDbContext<GovernancePortalDbContext>();

        if (Load(configuration.GetSection("DataProtection:Certificate")) is { } certificate)
        {
            builder.ProtectKeysWithCertificate(certificate);
            var previous = configuration.GetSection("DataProtection:PreviousCertificates").GetChildren().Select(Load).OfType<X509Certificate2>();
            builder.UnprotectKeysWithAnyCertificate([certificate, .. previous]);
        }
    }

    private static X509Certificate2? Load(IConfigurationSection section)
    {
        if (section["Path"] is not { Length: > 0 } path)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{section.Path}:Path names a certificate file that does not exist: {path}");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{section.Path}:Path must be a PFX file with the certificate's private key.");
    }
}
