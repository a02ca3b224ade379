using CsCheck;
using Site.Text;

namespace Site.Tests.Text;

public class PartialDateTests
{
    private static readonly DateWords Vietnamese = new("năm {year}", "tháng {month}/{year}", "ngày {day}/{month}/{year}", ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"]);

    private static readonly DateWords English = new("{year}", "{month_name} {year}", "{day} {month_name} {year}", ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

    [Theory]
    [InlineData("2022-05", "tháng 5/2022", "May 2022")] // the report's date: its day is blank in the original
    [InlineData("2021-09-08", "ngày 8/9/2021", "8 September 2021")]
    [InlineData("2011", "năm 2011", "2011")]
    public void ADate_IsWrittenAtThePrecisionItIsGiven_NeverWithABlankOrAnInventedDay(string text, string vi, string en)
    {
        var date = PartialDate.Parse(text)!;
        Assert.Equal((vi, en), (date.Format(Vietnamese), date.Format(English)));
        Assert.Equal(text, date.ToString());
        Assert.DoesNotContain("ngày  ", date.Format(Vietnamese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("2021-02-29")] // 2021 is not a leap year
    [InlineData("2022-06-31")]
    [InlineData("0000-01-31")]
    [InlineData("22-05")]
    [InlineData("2022-5")]
    [InlineData("2022/05")]
    [InlineData("")]
    [InlineData("2022-05-01-01")]
    public void ATextThatIsNoDateOfTheCalendar_IsRefused(string text) => Assert.Null(PartialDate.Parse(text));

    [Fact]
    public void AMonth_CoversItsFirstToItsLastDay_AndAQuarterEndIsTheEndOfItsLastMonth()
    {
        var march = PartialDate.Parse("2022-03")!;
        Assert.Equal((new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 31)), (march.FirstDay, march.LastDay));
        var year = PartialDate.Parse("2011")!;
        Assert.Equal((new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31)), (year.FirstDay, year.LastDay));
    }

    [Fact]
    public void EveryRealDay_ReadsBackAsItself_AtEachPrecision()
    {
        Gen.Int[0, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber).Sample(day =>
        {
            foreach (var format in new[] { "yyyy", "yyyy-MM", "yyyy-MM-dd" })
            {
                var text = day.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
                var parsed = PartialDate.Parse(text);
                Assert.NotNull(parsed);
                Assert.Equal(text, parsed.ToString());
                Assert.InRange(day, parsed.FirstDay, parsed.LastDay);
            }
        });
    }
}
