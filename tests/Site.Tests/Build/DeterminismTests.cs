using System.Globalization;
using System.Security.Cryptography;
using Site.Tests.Support;

namespace Site.Tests.Build;

/// <summary>
/// Same input, byte-identical output, whatever the machine's time zone and culture. The time zone and culture are
/// the process's own (TZ read again by the runtime, the default culture of every thread), so these tests run alone.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public class DeterminismTests
{
    /// <summary>A table with figures over 1,000 and its charts (numbers, decimals in SVG, PNGs), dates, and a title with a capital I.</summary>
    private const string Input = Charts.ChartSites.Site + """

        -- input/editions/2022-05/movements/covid-19.vi.md --
        ---
        title: "Phòng, chống dịch COVID-19 và Internet"
        summary: "Phong trào thi đua đặc biệt, tháng 5/2022."
        number: "2.1"
        launched_by: prime-minister
        ---

        ## Đoàn Thanh niên

        Tỉnh tặng {{fig 05/1/total}} Bằng khen.
        """;

    [Fact]
    public void Build_IsByteIdentical_UnderUtcPlus14WithThaiCulture_AndUtcMinus11WithTurkishCulture()
    {
        // th-TH counts years in the Buddhist era (2022 is 2565); tr-TR lower-cases "I" to a dotless "ı";
        // Pacific/Kiritimati is UTC+14 and Pacific/Pago_Pago UTC−11, so a local date is a day apart from UTC's.
        var reference = BuildUnder("UTC", TimeSpan.Zero, CultureInfo.InvariantCulture);
        var kiritimati = BuildUnder("Pacific/Kiritimati", TimeSpan.FromHours(14), CultureInfo.GetCultureInfo("th-TH"));
        var pagoPago = BuildUnder("Pacific/Pago_Pago", TimeSpan.FromHours(-11), CultureInfo.GetCultureInfo("tr-TR"));

        Assert.Contains(reference.Keys, f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.True(reference.Count > 20, $"only {reference.Count} files were written");
        foreach (var (name, other) in new[] { ("Pacific/Kiritimati, th-TH", kiritimati), ("Pacific/Pago_Pago, tr-TR", pagoPago) })
        {
            Assert.Equal(reference.Keys, other.Keys);
            var differing = reference.Keys.Where(f => reference[f] != other[f]).ToList();
            Assert.True(differing.Count == 0, $"under {name} these files differ from the build under UTC and the invariant culture:\n" + string.Join('\n', differing));
        }
    }

    [Fact]
    public void TheTestsEnvironment_ReallyChangesWhatTheRuntimeSees()
    {
        // The proof that the test above is not vacuous: under its settings the runtime's own clock and formatting change.
        var seen = new List<string>();
        Under("Pacific/Kiritimati", TimeSpan.FromHours(14), CultureInfo.GetCultureInfo("th-TH"), () =>
        {
            seen.Add(new DateTime(2022, 5, 1, 12, 0, 0, DateTimeKind.Utc).ToLocalTime().ToString("yyyy-MM-dd HH", CultureInfo.CurrentCulture));
            seen.Add(Task.Run(() => CultureInfo.CurrentCulture.Name).Result); // a thread-pool thread, as the build uses
        });
        Under("Pacific/Pago_Pago", TimeSpan.FromHours(-11), CultureInfo.GetCultureInfo("tr-TR"), () =>
        {
            seen.Add(new DateTime(2022, 5, 1, 1, 0, 0, DateTimeKind.Utc).ToLocalTime().ToString("yyyy-MM-dd HH", CultureInfo.InvariantCulture));
            seen.Add(Task.Run(() => "INTERNET".ToLower(CultureInfo.CurrentCulture)).Result);
        });
        Assert.Equal(["2565-05-02 02", "th-TH", "2022-04-30 14", "ınternet"], seen);
    }

    private static Dictionary<string, string> BuildUnder(string zone, TimeSpan offset, CultureInfo culture)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        Under(zone, offset, culture, () =>
        {
            using var site = TestSite.Create(Input);
            site.BuildExpectingSuccess();
            foreach (var file in site.ListOutput())
            {
                files[file] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, file))));
            }
        });
        return files;
    }

    /// <summary>Runs <paramref name="action"/> with TZ and the current and default cultures set, then restores them.</summary>
    private static void Under(string zone, TimeSpan offset, CultureInfo culture, Action action)
    {
        var zoneBefore = Environment.GetEnvironmentVariable("TZ");
        var (current, ui, defaultCulture, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(offset, TimeZoneInfo.Local.BaseUtcOffset);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", zoneBefore);
            TimeZoneInfo.ClearCachedData();
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }
}
