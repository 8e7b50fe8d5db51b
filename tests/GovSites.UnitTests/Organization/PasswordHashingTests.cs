using System.Buffers.Binary;
using GovSites.Modules.Organization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovSites.UnitTests.Organization;

/// <summary>DOMAIN.md §7: passwords are stored as PBKDF2-HMAC-SHA512 with at least 210,000 iterations.</summary>
public sealed class PasswordHashingTests
{
    [Fact]
    public void HashPassword_DefaultConfiguration_UsesPbkdf2Sha512With210000Iterations()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddOrganization(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var hasher = new PasswordHasher<Account>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>());

        var hash = Convert.FromBase64String(hasher.HashPassword(new Account { DisplayName = "测试" }, "Qingshan#Lushui-2026"));

        // Identity v3 format: 0x01, PRF (1 = HMACSHA256, 2 = HMACSHA512), iteration count, salt length, salt, subkey.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)));
    }
}
